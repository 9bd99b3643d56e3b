// Role and stage names as sentences need them: every role and every career stage has every form
// in every language, the forms agree with one another and with the name, and the placeholders
// templates fill from them read as the language writes them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { languageFolders } from "../../src/i18n/language-folders";
import { FORM_KEYS, nameValues, namesValues, type Named } from "../../src/lib/name-forms";
import { nameInText, withArticle } from "../../src/lib/role-page";
import { ROLE_IDS } from "../../src/lib/roles";
import { nameFormsSchema, roleSchema, type NameForms } from "../../src/lib/schemas";
import { MASKS, checkTranslation } from "../../src/lib/translate";
import { loadPaths, loadRoles } from "./content-fixture";

const CONTENT = join(process.cwd(), "content");
const LANGS = languageFolders();

/** Every role's and stage's name and forms in `lang`, read from the file that language writes. */
function namesIn(lang: string): { file: string; id: string; name: string; forms: unknown }[] {
  const dir = lang === "en" ? CONTENT : join(CONTENT, "i18n", lang);
  const roles = ROLE_IDS.map((id) => {
    const file = join(dir, "roles", `${id}.md`);
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))![1]!) as { name: string; forms: unknown };
    return { file, id, name: front.name, forms: front.forms };
  });
  const stageIds = new Set(loadPaths().flatMap((e) => (e.type === "stage" ? [e.id] : [])));
  const pathsFile = join(dir, "paths.yaml");
  const stages = (parse(readFileSync(pathsFile, "utf8")) as { id: string; name: string; forms: unknown }[])
    .filter((e) => stageIds.has(e.id))
    .map((e) => ({ file: pathsFile, id: e.id, name: e.name, forms: e.forms }));
  return [...roles, ...stages];
}

async function lowerNamesInText(lang: string): Promise<boolean> {
  const d = (await import(`../../src/i18n/dictionaries/${lang}/index.ts`)) as { default: { roles: { lowerNamesInText: boolean } } };
  return d.default.roles.lowerNamesInText;
}

describe("name forms in every language", () => {
  for (const lang of LANGS) {
    it(`${lang}: every role and every career stage has every form, non-empty, and a gender`, () => {
      const names = namesIn(lang);
      expect(names.length).toBe(ROLE_IDS.length + 7);
      for (const n of names) {
        const parsed = nameFormsSchema.safeParse(n.forms);
        expect(parsed.success, `${n.file}: ${n.id}: ${parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`).toBe(true);
        for (const key of FORM_KEYS) expect((n.forms as NameForms)[key].trim(), `${n.id}.forms.${key}`).not.toBe("");
      }
    });

    it(`${lang}: the running-text form is the name as a sentence writes it, and every other form is built on it`, async () => {
      const lower = await lowerNamesInText(lang);
      for (const n of namesIn(lang)) {
        const f = n.forms as NameForms;
        expect(f.text, `${n.id}: text`).toBe(nameInText(n.name, lower));
        for (const key of ["the", "a", "of", "to"] as const) expect(f[key].endsWith(` ${f.text}`), `${n.id}: ${key} "${f[key]}" ends with "${f.text}"`).toBe(true);
        expect(f.thePlural.endsWith(` ${f.plural}`), `${n.id}: thePlural "${f.thePlural}" ends with "${f.plural}"`).toBe(true);
        expect(f.plural, `${n.id}: plural`).not.toBe(f.text);
      }
    });
  }

  it("en: articles as English speaks them, and the names keep their capitals", () => {
    for (const n of namesIn("en")) {
      const f = n.forms as NameForms;
      expect(f).toEqual({ text: n.name, plural: f.plural, the: `the ${n.name}`, thePlural: `the ${f.plural}`, a: withArticle(n.name), of: `of the ${n.name}`, to: `to the ${n.name}`, gender: "none" });
    }
  });

  it("es: the articles and contractions agree with each name's gender (del, al)", () => {
    const articles = {
      masculine: { the: "el", thePlural: "los", a: "un", of: "del", to: "al" },
      feminine: { the: "la", thePlural: "las", a: "una", of: "de la", to: "a la" },
    };
    for (const n of namesIn("es")) {
      const f = n.forms as NameForms;
      expect(f.gender, n.id).not.toBe("none");
      const a = articles[f.gender as "masculine" | "feminine"];
      expect([f.the, f.thePlural, f.a, f.of, f.to], n.id).toEqual([`${a.the} ${f.text}`, `${a.thePlural} ${f.plural}`, `${a.a} ${f.text}`, `${a.of} ${f.text}`, `${a.to} ${f.text}`]);
    }
  });

  it("a role without a form fails the schema and the translation check, naming the field", () => {
    const en = loadRoles()[0]!.data;
    const { plural: _, ...withoutPlural } = en.forms;
    const issues = roleSchema.safeParse({ ...en, forms: withoutPlural }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join("."))).toEqual(["forms.plural"]);
    const es = { name: "Analista de datos", forms: { ...withoutPlural, gender: "masculine" } };
    expect(checkTranslation({ name: en.name, forms: en.forms }, es, { name: MASKS.role.name, forms: MASKS.role.forms })).toEqual([
      { path: "forms.plural", message: 'missing translation of "Data Analysts"' },
    ]);
  });
});

describe("nameValues and namesValues", () => {
  const forms = (text: string, plural: string): NameForms => ({
    text,
    plural,
    the: `el ${text}`,
    thePlural: `los ${plural}`,
    a: `un ${text}`,
    of: `del ${text}`,
    to: `al ${text}`,
    gender: "masculine",
  });
  const scientist: Named = { name: "Científico de datos", forms: forms("científico de datos", "científicos de datos") };
  const ai: Named = { name: "Ingeniero de IA", forms: forms("ingeniero de IA", "ingenieros de IA") };

  it("gives a template every form of one name, and the definite form that opens a sentence", () => {
    expect(nameValues("role", scientist)).toEqual({
      role: "Científico de datos",
      "role.text": "científico de datos",
      "role.plural": "científicos de datos",
      "role.the": "el científico de datos",
      "role.The": "El científico de datos",
      "role.thePlural": "los científicos de datos",
      "role.a": "un científico de datos",
      "role.of": "del científico de datos",
      "role.to": "al científico de datos",
    });
  });

  it("joins a list by the language's rules, each form declined, the title form only first", () => {
    const v = namesValues("roles", "es", [scientist, ai]);
    expect(v["roles"]).toBe("Científico de datos e ingeniero de IA");
    expect(v["roles.text"]).toBe("científico de datos e ingeniero de IA");
    expect(v["roles.the"]).toBe("el científico de datos y el ingeniero de IA");
    expect(v["roles.of"]).toBe("del científico de datos y del ingeniero de IA");
    expect(v["roles.The"]).toBe("El científico de datos y el ingeniero de IA");
    expect(namesValues("roles", "es", [ai, scientist], "disjunction")["roles.text"]).toBe("ingeniero de IA o científico de datos");
  });
});

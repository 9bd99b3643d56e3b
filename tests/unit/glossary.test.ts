// Every language with a glossary (content/i18n/<lang>/GLOSSARY.yaml) keeps to it: its content and
// its dictionaries use one term per concept and the typography a pattern can check, and a failure
// names the file and the line. The fixtures in tests/fixtures/glossary/ show each rule failing.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { checkText, formatIssues, glossarySchema, textSegments, type Glossary, type StyleContext, type StyleIssue } from "../../scripts/lib/style-check";
import { languageFolders } from "../../src/i18n/language-folders";
import { upperFirst } from "../../src/lib/name-forms";
import { ROLE_IDS } from "../../src/lib/roles";

const ROOT = process.cwd();
const CONTENT = join(ROOT, "content");
const FIXTURES = join(ROOT, "tests/fixtures/glossary");

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(join(dir, d.name), ext) : ext.test(d.name) ? [join(dir, d.name)] : []));
}

const frontMatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))![1]!) as Record<string, unknown>;

/** The job titles a language writes (roles' and stages' names, singular and plural) and the content's tool names. */
function contextFor(lang: string, glossary: Glossary): StyleContext {
  const dir = join(CONTENT, "i18n", lang);
  type Named = { name: string; forms: { plural: string } };
  const roles = ROLE_IDS.map((id) => frontMatter(join(dir, "roles", `${id}.md`)) as unknown as Named & { tools: { items: string[] }[] });
  const stages = (parse(readFileSync(join(dir, "paths.yaml"), "utf8")) as (Named & { forms?: unknown })[]).filter((e) => e.forms);
  const englishRoles = ROLE_IDS.map((id) => frontMatter(join(CONTENT, "roles", `${id}.md`)) as { tools: { items: string[] }[] });
  const skills = parse(readFileSync(join(CONTENT, "skills.yaml"), "utf8")) as { tools?: string[] }[];
  return {
    glossary,
    jobTitles: [...roles, ...stages].flatMap((n) => [n.name, upperFirst(n.forms.plural)]),
    names: [...skills.flatMap((s) => s.tools ?? []), ...[...roles, ...englishRoles].flatMap((r) => r.tools.flatMap((g) => g.items))],
  };
}

const glossaryOf = (lang: string) => glossarySchema.parse(parse(readFileSync(join(CONTENT, "i18n", lang, "GLOSSARY.yaml"), "utf8")));
const withGlossary = languageFolders().filter((lang) => existsSync(join(CONTENT, "i18n", lang, "GLOSSARY.yaml")));

describe("every language's text keeps to its glossary", () => {
  it("has at least the Spanish glossary", () => expect(withGlossary).toContain("es"));

  for (const lang of withGlossary) {
    it(`${lang}: content and dictionaries use one term per concept and the house typography`, () => {
      const ctx = contextFor(lang, glossaryOf(lang));
      const files = [
        ...filesUnder(join(CONTENT, "i18n", lang), /\.(mdx?|ya?ml)$/).filter((f) => !/GLOSSARY\.ya?ml$/.test(f)),
        ...filesUnder(join(ROOT, "src/i18n/dictionaries", lang), /\.ts$/),
      ];
      expect(files.length).toBeGreaterThan(10);
      const issues = files.flatMap((f) => checkText(relative(ROOT, f), readFileSync(f, "utf8"), ctx));
      expect(formatIssues(issues)).toEqual([]);
    });
  }
});

describe("the rules fail where they should (tests/fixtures/glossary/es)", () => {
  const ctx = contextFor("es", glossaryOf("es"));
  const check = (name: string) => checkText(name, readFileSync(join(FIXTURES, "es", name), "utf8"), ctx);
  const brief = (issues: StyleIssue[]) => issues.map((i) => [i.line, i.rule, i.found]);

  it("fails on each variant the glossary avoids, with its own term, on its own line", () => {
    const glossary = ctx.glossary;
    const variants = glossary.terms.flatMap((term) => term.avoid.map(() => term));
    const issues = check("variants.yaml");
    const lines = readFileSync(join(FIXTURES, "es", "variants.yaml"), "utf8").split("\n");
    const samples = lines.flatMap((l, i) => (l.startsWith("- ") ? [i + 1] : []));
    expect(samples).toHaveLength(variants.length);
    for (const [k, line] of samples.entries()) {
      const found = issues.filter((i) => i.line === line);
      expect(found.map((i) => i.rule), `line ${line}: ${lines[line - 1]}`).toEqual(["glossary"]);
      expect(found[0]!.message).toContain(`use «${variants[k]!.use}»`);
    }
  });

  it("fails on quotation marks, «vs» without its dot, a capital after a colon, job titles, language names and sentences opening on a numeral; passes the rest", () => {
    expect(brief(check("typography.mdx"))).toEqual([
      [2, "quotes", "“"],
      [2, "quotes", "”"],
      [6, "quotes", "“"],
      [6, "quotes", "”"],
      [7, "quotes", '"'],
      [7, "quotes", '"'],
      [8, "vs", "vs"],
      [8, "job-title", "Analista de datos"],
      [8, "job-title", "Científico de datos"],
      [9, "colon", ": ¿De"],
      [10, "colon", ": Construir"],
      [11, "job-title", "Científico de datos"],
      [12, "job-title", "Ingenieros de datos"],
      [13, "language-name", "Español"],
      [14, "numeral", "12"],
      [15, "numeral", "3"],
      [29, "vs", "vs"],
    ]);
  });

  it("reads a dictionary's strings only, comments aside", () => {
    expect(brief(check("dictionary.ts"))).toEqual([
      [4, "colon", ": Estadística"],
      [5, "numeral", "{n}"],
      [6, "quotes", '"'],
      [6, "quotes", '"'],
    ]);
  });

  it("cuts a Markdown line into its running text: links keep their words, cells and component titles stand apart", () => {
    expect(textSegments("x.mdx", "Lee [el artículo](/es/articles/x/) y sigue.")).toEqual([{ line: 1, text: "Lee el artículo y sigue." }]);
    expect(textSegments("x.mdx", "| Analista de datos | Alto |").map((s) => s.text)).toEqual(["Analista de datos", "Alto"]);
    expect(textSegments("x.mdx", '<Callout type="tip" title="Un consejo">').map((s) => s.text)).toEqual(["Un consejo"]);
    expect(textSegments("x.yaml", '  name: "Científico de datos"').map((s) => s.text)).toEqual(["Científico de datos"]);
  });
});

// The lexicon as content: its schema, the build's cross-checks (every entry names a real skill area;
// a phrase means one thing, so a phrase claimed by two areas is one entry with a weight for each;
// a skills.yaml tool keeps its own area; a duty ranks the role it marks first; every language has a
// lexicon; a title names one role), and what compiling it keeps.
import { describe, expect, it } from "vitest";
import { checkLexicon, type LexiconInput } from "../../src/lib/decoder/lexicon-rules";
import { compileLexicon, termTable } from "../../src/lib/decoder/lexicon";
import { phraseKey } from "../../src/lib/decoder/text";
import { decoderLanguageSchema, lexiconEntrySchema } from "../../src/lib/schemas";
import { content, lexicons, model } from "./decoder-fixture";

const input = (change: (i: LexiconInput) => void = () => {}): LexiconInput => {
  const i: LexiconInput = {
    common: { file: "content/decoder/lexicon.yaml", data: structuredClone(content.common) },
    languages: content.languages.map((l) => ({ lang: l.lang, file: `content/decoder/${l.lang}.yaml`, data: structuredClone(l.data) })),
    skills: { file: "content/skills.yaml", areas: content.skills },
    siteLangs: ["en", "es"],
    model,
  };
  change(i);
  return i;
};
const en = (i: LexiconInput) => i.languages.find((l) => l.lang === "en")!.data;

describe("the lexicon's schema", () => {
  it("reads every language file of content/decoder", () => {
    expect(content.languages.map((l) => l.lang)).toEqual(["en", "es"]);
  });

  it("refuses a weight outside (0, 2], an entry with no area and an unknown role to mark", () => {
    expect(lexiconEntrySchema.safeParse({ phrases: ["SQL"], areas: { sql: 3 } }).success).toBe(false);
    expect(lexiconEntrySchema.safeParse({ phrases: ["SQL"], areas: { sql: 0 } }).success).toBe(false);
    expect(lexiconEntrySchema.safeParse({ phrases: ["SQL"], areas: {} }).success).toBe(false);
    expect(lexiconEntrySchema.safeParse({ phrases: ["SQL"], areas: { sql: 1 }, marks: "data-wizard" }).success).toBe(false);
    expect(lexiconEntrySchema.safeParse({ phrases: ["SQL"], areas: { sql: 1 }, marks: "data-engineer" }).success).toBe(true);
  });

  it("asks every language for the titles of all six roles", () => {
    const { data } = content.languages[0]!;
    const { "ai-engineer": _dropped, ...titles } = data.titles;
    expect(decoderLanguageSchema.safeParse({ ...data, titles }).success).toBe(false);
  });
});

describe("the build's cross-checks", () => {
  it("find nothing wrong with the lexicon the site ships", () => {
    expect(checkLexicon(input())).toEqual([]);
  });

  it("name an area that is not a skill area, with the file and the field", () => {
    const issues = checkLexicon(input((i) => (en(i).phrases[0]!.areas = { "data-wrangling": 1 })));
    expect(issues).toContainEqual(expect.objectContaining({ file: "content/decoder/en.yaml", path: "phrases.0.areas.data-wrangling", message: expect.stringContaining("is not a skill area") }));
  });

  it("refuse a phrase claimed by two entries: one entry must give a weight for each area", () => {
    const issues = checkLexicon(input((i) => en(i).phrases.push({ phrases: ["Dashboards"], areas: { "business-communication": 1 }, case: false })));
    expect(issues).toContainEqual(expect.objectContaining({ file: "content/decoder/en.yaml", message: expect.stringMatching(/"dashboard" is already listed .*a weight for each/) }));
  });

  it("refuse a phrase that is both a level word and a skill", () => {
    const issues = checkLexicon(input((i) => en(i).phrases.push({ phrases: ["expert"], areas: { research: 1 }, case: false })));
    expect(issues.some((x) => x.message.includes('"expert" is already listed'))).toBe(true);
  });

  it("keep a skills.yaml tool's own area when an entry restates it", () => {
    const issues = checkLexicon(
      input((i) => {
        const tools = i.common.data.tools;
        const k = tools.findIndex((t) => t.phrases.includes("BigQuery"));
        tools[k] = { ...tools[k]!, areas: { "data-engineering": 1 } };
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ file: "content/decoder/lexicon.yaml", message: expect.stringContaining('"BigQuery" is a tool of sql in content/skills.yaml') }));
  });

  it("check that a duty ranks the role it marks first, by the site's own matching", () => {
    const issues = checkLexicon(input((i) => en(i).phrases.push({ phrases: ["quarterly board packs"], areas: { "data-visualization": 1 }, case: false, marks: "deep-learning-engineer" })));
    expect(issues).toContainEqual(expect.objectContaining({ message: expect.stringContaining("marks deep-learning-engineer, but its areas alone rank data-analyst first") }));
  });

  it("ask for a lexicon in every language the site is built in", () => {
    const issues = checkLexicon(input((i) => (i.siteLangs = ["en", "es", "pt"])));
    expect(issues).toContainEqual({ file: "content/decoder/pt.yaml", path: "(file)", message: expect.stringContaining("needs its decoder lexicon") });
  });

  it("refuse a title that names two roles", () => {
    const issues = checkLexicon(input((i) => en(i).titles["ml-engineer"].push("Data Scientist")));
    expect(issues).toContainEqual(expect.objectContaining({ path: expect.stringMatching(/^titles\.ml-engineer\./), message: expect.stringContaining("is also a title of data-scientist") }));
  });
});

describe("the compiled lexicon", () => {
  it("lists the skill areas in the scorer's order, so a profile lines up with the roles' needs", () => {
    for (const lexicon of Object.values(lexicons)) expect(lexicon.skills).toEqual(model.skills);
  });

  it("counts every tool of content/skills.yaml for its area, in every language", () => {
    for (const lexicon of Object.values(lexicons)) {
      const table = termTable(lexicon);
      for (const skill of content.skills)
        for (const tool of skill.tools) {
          const code = table.get(phraseKey(tool)) ?? table.get(phraseKey(tool, true));
          expect(code, `${lexicon.lang}: ${tool}`).toBeGreaterThanOrEqual(0);
          expect(lexicon.entries[code!]!.w.map(([a]) => model.skills[a]), `${lexicon.lang}: ${tool}`).toContain(skill.id);
        }
    }
  });

  it("gives a tool that is also an ordinary word its case (R, Excel, Spark)", () => {
    const table = termTable(lexicons["en"]!);
    for (const name of ["R", "Excel", "Spark"]) {
      expect(table.get(phraseKey(name, true)), name).toBeGreaterThanOrEqual(0);
      expect(table.get(phraseKey(name)), name).toBeUndefined();
    }
  });

  it("keeps each language's own wording apart: the English page does not carry Spanish level words", () => {
    expect(termTable(lexicons["en"]!).has(phraseKey("sólidos conocimientos"))).toBe(false);
    expect(termTable(lexicons["es"]!).has(phraseKey("sólidos conocimientos"))).toBe(true);
  });

  it("compiles the same lexicon from the same content", () => {
    const { lang, data } = content.languages[0]!;
    expect(compileLexicon({ lang, common: content.common, language: data, skills: content.skills })).toEqual(lexicons[lang]);
  });
});

// Translations carry only text: the checks that keep a Spanish file paired with its English one,
// run on fixture files (tests/fixtures/translations/<case>/) against the real English content.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { MASKS, applyTranslation, checkTranslation } from "../../src/lib/translate";
import { quizSchema } from "../../src/lib/schemas";
import { loadRoles } from "./content-fixture";

const fixture = (name: string) => join(process.cwd(), "tests/fixtures/translations", name);
const frontMatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))![1]!) as unknown;
const english = {
  analyst: loadRoles().find((r) => r.id === "data-analyst")!.data,
  quiz: quizSchema.parse(parse(readFileSync("content/quiz.yaml", "utf8"))),
};
const messages = (issues: { path: string; message: string }[]) => issues.map((i) => `${i.path}: ${i.message}`);

describe("the real Spanish content", () => {
  it("pairs with the English field by field", () => {
    expect(messages(checkTranslation(english.analyst, frontMatter("content/i18n/es/roles/data-analyst.md"), MASKS.role))).toEqual([]);
    expect(messages(checkTranslation(english.quiz, parse(readFileSync("content/i18n/es/quiz.yaml", "utf8")), MASKS.quiz))).toEqual([]);
  });

  it("changes only text when laid over the English data", () => {
    const es = applyTranslation(english.analyst, frontMatter("content/i18n/es/roles/data-analyst.md"), MASKS.role);
    expect(es.name).toBe("Analista de datos");
    expect(es.skills).toEqual(
      Object.fromEntries(Object.entries(english.analyst.skills).map(([id, r]) => [id, { ...r, ...(r.reason ? { reason: es.skills[id]!.reason } : {}) }])),
    );
    expect(es.skills["research"]!.reason).not.toBe(english.analyst.skills["research"]!.reason);
    expect(es.layer).toBe(english.analyst.layer);
    expect(es.responsibilities).toHaveLength(english.analyst.responsibilities.length);
  });
});

describe("a translation that does not pair up is refused, naming the field", () => {
  it("an extra list item", () => {
    const found = messages(checkTranslation(english.analyst, frontMatter(fixture("extra-list-item/roles/data-analyst.md")), MASKS.role));
    expect(found).toContain("responsibilities: has 9 items; the English has 8, and items pair up one to one");
  });

  it("a field that may not be translated", () => {
    const found = messages(checkTranslation(english.analyst, frontMatter(fixture("untranslatable-field/roles/data-analyst.md")), MASKS.role));
    expect(found).toEqual(["layer: may not be translated: it comes from the English file"]);
  });

  it("a missing text field", () => {
    const found = messages(checkTranslation(english.analyst, frontMatter(fixture("missing-text/roles/data-analyst.md")), MASKS.role));
    expect(found).toEqual([expect.stringMatching(/^objective: missing translation of "Turn raw data/)]);
  });

  it("a translated question id", () => {
    const found = messages(checkTranslation(english.quiz, parse(readFileSync(fixture("translated-id/quiz.yaml"), "utf8")), MASKS.quiz));
    expect(found).toEqual(['questions.0.id: "parte-favorita" differs from the English id "favourite-part"; ids are not translated']);
  });

  it("a quiz option id that differs", () => {
    const found = messages(checkTranslation(english.quiz, parse(readFileSync(fixture("quiz-option-id/quiz.yaml"), "utf8")), MASKS.quiz));
    expect(found).toEqual(['questions.0.options.0.id: "historia" differs from the English id "story"; ids are not translated']);
  });
});

describe("the mask rules", () => {
  const mask = { name: "text", list: ["text"], hint: "text", ratings: { "*": { reason: "text" } } } as const;
  const en = { name: "A", list: ["x", "y"], ratings: { a: { level: 1, reason: "why" }, b: { level: 2 } } };

  it("needs text exactly where the English has some", () => {
    expect(checkTranslation(en, { name: "B", list: ["x2", "y2"], ratings: { a: { reason: "por qué" } } }, mask)).toEqual([]);
    expect(messages(checkTranslation(en, { name: "B", list: ["x2", "y2"], hint: "h", ratings: { a: { reason: "r" } } }, mask))).toEqual([
      "hint: the English has no such field, so the translation may not have one",
    ]);
    expect(messages(checkTranslation(en, { name: "B", list: ["x2", "y2"], ratings: { a: { reason: "r" }, b: { reason: "r" } } }, mask))).toEqual([
      "ratings.b.reason: the English has no such field, so the translation may not have one",
    ]);
  });

  it("refuses empty or non-text values and unknown record keys", () => {
    expect(messages(checkTranslation(en, { name: " ", list: ["x2", 3], ratings: { a: { reason: "r" }, c: {} } }, mask))).toEqual([
      'name: empty; translate "A"',
      "list.1: must be text, got 3",
      'ratings.c: the English has no "c"',
    ]);
  });

  it("an empty English list needs no translation", () => {
    expect(checkTranslation({ list: [] }, {}, { list: ["text"] })).toEqual([]);
  });

  it("a missing file is one problem per required field, never a silent fallback", () => {
    expect(messages(checkTranslation(en, undefined, mask))).toEqual([
      'name: missing translation of "A"',
      "list: missing; the English has a list of 2",
      'ratings.a.reason: missing translation of "why"',
    ]);
  });
});

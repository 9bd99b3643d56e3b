// The result's sentences in each language, the published bank and the page payload.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import en from "../../src/i18n/dictionaries/en/quiz";
import es from "../../src/i18n/dictionaries/es/quiz";
import { buildClientData, publishedBank, scriptJson } from "../../src/lib/quiz/client-data";
import { MAX_READING } from "../../src/lib/quiz/constants";
import { compareUrl, roleUrl } from "../../src/lib/quiz/links";
import { answersFrom, shapesFit } from "../../src/lib/quiz/model";
import { scoreAnswers } from "../../src/lib/quiz/score";
import { confidenceText, effectText, gapText, levelWord } from "../../src/lib/quiz/words";
import { LEVELS } from "../../src/lib/levels";
import { loadPaths, loadRoles, loadSkills } from "./content-fixture";
import enCommon from "../../src/i18n/dictionaries/en/common";
import esCommon from "../../src/i18n/dictionaries/es/common";
import { skillInText } from "../../src/lib/compare";
import type { Named } from "../../src/lib/name-forms";
import { loadBank, loadMatrix, loadModel } from "./quiz-fixture";

const bank = loadBank();
const matrix = loadMatrix();
const model = loadModel();
const N = model.questions.length;
const anyAnswers = fc.tuple(...model.questions.map((q) => fc.option(fc.nat(q.options.length - 1), { freq: 5 })));
const EN = en.client.words;
const ES = es.client.words;

describe("result sentences", () => {
  it("say which way the answers lean and what the role needs", () => {
    expect(effectText(EN, { skill: "statistics", points: 5, toward: true }, "Statistics", "Advanced")).toBe(
      "Statistics: you lean toward it, and this role needs it at Advanced level.",
    );
    expect(effectText(EN, { skill: "research", points: 2, toward: false }, "Research", "Low")).toBe(
      "Research: you lean away from it, and this role needs relatively little of it (Low).",
    );
    expect(effectText(EN, { skill: "python", points: -2, toward: false }, "Python", "High", true)).toBe(
      "Python: the answers lean away from it, but this role needs it at High level.",
    );
    expect(gapText(EN, { skill: "sql", need: 4, stated: 2 }, "SQL", "High")).toBe("SQL: the role needs the High level; your answers say Basic.");
  });

  it("say the same in Spanish, with the level words as a sentence writes them", () => {
    expect(effectText(ES, { skill: "statistics", points: 5, toward: true }, "Estadística", "avanzado")).toBe(
      "Estadística: te inclinas hacia esta área, y este rol la necesita a un nivel avanzado.",
    );
    expect(effectText(ES, { skill: "research", points: 2, toward: false }, "Investigación", "bajo")).toBe(
      "Investigación: te alejas de esta área, y este rol la necesita relativamente poco (nivel bajo).",
    );
    expect(effectText(ES, { skill: "python", points: -2, toward: false }, "Python", "entre básico y medio", true)).toBe(
      "Python: las respuestas se alejan de esta área, pero este rol la necesita a un nivel entre básico y medio.",
    );
    expect(gapText(ES, { skill: "sql", need: 4, stated: 2 }, "SQL", "alto", true)).toBe("SQL: el rol pide un nivel alto; las respuestas indican un nivel básico.");
  });

  it("name levels in the matrix's words", () => {
    const values = [1, 2, 3, 4, 5, 2.5, 0, 9];
    expect(values.map((v) => levelWord(v, EN.levels))).toEqual(["Low", "Basic", "Medium", "High", "Advanced", "Medium", "Low", "Advanced"]);
    expect(values.map((v) => levelWord(v, ES.levels))).toEqual(["Bajo", "Básico", "Medio", "Alto", "Avanzado", "Medio", "Bajo", "Avanzado"]);
  });

  for (const [lang, words, labels] of [
    ["en", EN, { high: "High", medium: "Medium", low: "Low" }],
    ["es", ES, { high: "Alta", medium: "Media", low: "Baja" }],
  ] as const)
    it(`state confidence in plain words for every answer set, never leaking a placeholder (${lang})`, () => {
      fc.assert(
        fc.property(anyAnswers, fc.boolean(), (a, shared) => {
          const res = scoreAnswers(model, a);
          const text = confidenceText(words, lang, res, N, shared);
          expect(text.startsWith(`${labels[res.confidence.level]}: `), text).toBe(true);
          expect(text).not.toMatch(/undefined|NaN|\[object|[{}]/);
          for (const f of res.ranked)
            for (const e of [...f.raised, ...f.lowered]) expect(effectText(words, e, "X", "High", shared)).not.toMatch(/undefined|NaN|[{}]/);
        }),
        { numRuns: 60 },
      );
    });

  it("counts the fit questions answered when few were given, with the language's plural", () => {
    const F = model.questions.filter(shapesFit).length;
    const res = scoreAnswers(model, answersFrom(model, [["enjoy-storytelling", "a-lot"]]));
    expect(res.confidence).toEqual({ level: "low", reasons: ["few-answers", "fragile"] });
    expect(confidenceText(EN, "en", res, F)).toBe(
      `Low: you answered 1 of the ${F} questions that decide the fit and changing a single answer would put another role first. Treat the ranking as a starting point.`,
    );
    expect(confidenceText(ES, "es", res, F, true)).toBe(
      `Baja: solo se respondió 1 de las ${F} preguntas de afinidad y cambiar una sola respuesta pondría otro rol en primer lugar. Toma la clasificación como un punto de partida.`,
    );
    const five = scoreAnswers(model, answersFrom(model, model.questions.filter(shapesFit).slice(0, 5).map((q) => [q.id, q.options[0]!.id] as const)));
    expect(confidenceText(ES, "es", five, F, true)).toContain(`solo se respondieron 5 de las ${F} preguntas`);
  });
});

describe("the dictionaries", () => {
  /** Every string in an object, by its dotted key. */
  function strings(x: unknown, at = ""): [string, string][] {
    if (typeof x === "string") return [[at, x]];
    if (x && typeof x === "object") return Object.entries(x).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
    return [];
  }
  // A name's placeholder counts by its name alone: each language picks the form ({role}, {role.the} …).
  const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\.\w+)?\}/g)].map((m) => m[1]))].sort();

  it("give Spanish every string English has, with the same placeholders", () => {
    const english = new Map(strings(en));
    const spanish = new Map(strings(es));
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      const other = spanish.get(key)!;
      expect(other.trim().length, key).toBeGreaterThan(0);
      // A plural form may leave {n} out ("one level" / "un nivel"); every other placeholder must stay.
      const isPluralForm = /\.(one|other)$/.test(key);
      const want = placeholders(text).filter((p) => !(isPluralForm && p === "n"));
      const got = placeholders(other).filter((p) => !(isPluralForm && p === "n"));
      expect(got, key).toEqual(want);
    }
  });

  it("leave no English in the Spanish result words", () => {
    for (const [key, text] of strings(es.client))
      expect(text.replace(/\{[\w.]+\}/g, ""), key).not.toMatch(/\b(the|you|your|and|but|this|role needs|answers|questions|link|result)\b/);
  });
});

describe("published data", () => {
  it("publishes every question, prompt, option, label and signal of the bank", () => {
    const pub = publishedBank(bank);
    expect(pub.version).toBe(bank.version);
    expect(pub.questions.map((q) => [q.id, q.kind, q.prompt])).toEqual(bank.questions.map((q) => [q.id, q.kind, q.prompt]));
    pub.questions.forEach((q, i) => expect(q.options).toEqual(bank.questions[i]!.options));
    expect(JSON.stringify(pub)).not.toContain('"bank"'); // the loader's internal id stays out
  });

  const articles = [
    { title: "About analysts", url: "/articles/a/", roles: ["data-analyst"], skills: ["sql"] },
    { title: "About everyone", url: "/articles/b/", roles: ["data-analyst", "ai-engineer"], skills: [] },
  ];
  const skills = loadSkills();
  const plan = {
    levels: skills.map((s) => s.levels),
    sections: [{ role: "data-scientist" as const, title: "Data Scientist: tools", url: "/roles/data-scientist/#tools", skills: ["sql", "python"] }],
    moves: loadPaths().filter((e) => e.type === "move"),
    stages: Object.fromEntries(loadPaths().flatMap((e) => (e.type === "stage" && e.id === "senior-analyst" ? [[e.id, { name: e.name, forms: e.forms }]] : []))) as Record<string, Named>,
    forms: Object.fromEntries(loadRoles().map((r) => [r.id, r.data.forms])),
    skillNamesInText: skills.map((s) => skillInText(s.name, s.description)),
  };

  it("hands the element the same model, plus names, links and related articles per role", () => {
    const data = buildClientData({ bank, matrix, articles, ...plan, levelWords: enCommon, lang: "en", text: en.client, localize: (p) => p });
    expect(data.model).toEqual(model);
    expect(data.lang).toBe("en");
    expect(data.quizUrl).toBe("/quiz/");
    expect(data.roles.map((r) => r.name)).toEqual(matrix.roles.map((r) => r.name));
    expect(data.roles[1]!.forms.the).toBe("the Data Scientist");
    expect(data.skillNamesInText[model.skills.indexOf("machine-learning")]).toBe("machine learning");
    expect(data.roles[0]!.url).toBe("/roles/data-analyst/");
    expect(data.roles[0]!.compare["ml-engineer"]).toBe("/compare/data-analyst-vs-ml-engineer/");
    expect(data.roles[0]!.compare["data-analyst"]).toBeUndefined();
    expect(data.roles[0]!.articles.map((a) => a.url)).toEqual(["/articles/a/", "/articles/b/"]);
    expect(data.roles.at(-1)!.articles.map((a) => a.url)).toEqual(["/articles/b/"]);
    expect(data.roles[0]!.levels[model.skills.indexOf("statistics")]).toBe("Basic–Medium");
    expect(data.text).toBe(en.client);
    // The plan's data: the level words, the places to read, most relevant first, and the routes.
    expect(data.plan.levels).toHaveLength(model.skills.length);
    expect(data.plan.levels[0]).toEqual(LEVELS.slice(1).map((l) => skills[0]!.levels[l])); // Basic … Advanced: a next level is never Low
    // Only the places a reading list names: "About everyone" teaches no skill area.
    expect(data.plan.places.map((p) => p.url)).toEqual(["/roles/data-scientist/#tools", "/articles/a/"]);
    const sql = model.skills.indexOf("sql");
    expect(data.plan.reading[model.roles.findIndex((r) => r.id === "data-scientist")]![sql]).toEqual([0, 1]);
    expect(data.plan.reading[0]![sql]).toEqual([1, 0]); // the Data Analyst: the article about it first
    expect(data.plan.chains[1]).toEqual([["data-analyst", "data-scientist"], ["data-analyst", "senior-analyst", "data-scientist"]]);
    expect(data.plan.skillsUrl).toBe("/skills/");
    expect(data.plan.pathsUrl).toBe("/paths/");
  });

  it("stays small however many articles there are: the newest few per role, and only the places a plan names", () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ title: `Article ${i}`, url: `/articles/n${i}/`, roles: ["data-analyst"], skills: ["sql", "python"] }));
    const data = buildClientData({ bank, matrix, articles: many, ...plan, levelWords: enCommon, lang: "en", text: en.client, localize: (p) => p });
    expect(data.roles[0]!.articles.map((a) => a.url)).toEqual(["/articles/n0/", "/articles/n1/", "/articles/n2/", "/articles/n3/", "/articles/n4/"]);
    expect(data.plan.places.length).toBeLessThanOrEqual(1 + MAX_READING);
    // Every index still points at the place the full ranking chose.
    const sql = model.skills.indexOf("sql");
    expect(data.plan.reading[0]![sql]!.map((i) => data.plan.places[i]!.url)).toEqual(["/articles/n0/", "/articles/n1/", "/articles/n2/"]);
    expect(data.plan.reading[1]![sql]!.map((i) => data.plan.places[i]!.url)).toEqual(["/roles/data-scientist/#tools", "/articles/n0/", "/articles/n1/"]);
  });

  it("builds every link through the page's localizer, and the levels in the page's words", () => {
    const localize = (p: string) => `/xx${p}`; // stands in for localePath(lang, p)
    const data = buildClientData({ bank, matrix, articles, ...plan, levelWords: esCommon, lang: "es", text: es.client, localize });
    expect(data.model).toEqual(model); // the same scorer input in every language
    expect(data.quizUrl).toBe("/xx/quiz/");
    for (const role of data.roles) {
      expect(role.url).toMatch(/^\/xx\/roles\//);
      for (const url of Object.values(role.compare)) expect(url).toMatch(/^\/xx\/compare\/[a-z-]+-vs-[a-z-]+\/$/);
      for (const a of role.articles) expect(a.url).toMatch(/^\/xx\/articles\//);
    }
    for (const p of data.plan.places) expect(p.url).toMatch(/^\/xx\/(roles|articles)\//);
    expect([data.plan.skillsUrl, data.plan.pathsUrl]).toEqual(["/xx/skills/", "/xx/paths/"]);
    // The pair's canonical order, whichever role is on top.
    expect(data.roles[2]!.compare["data-scientist"]).toBe("/xx/compare/data-scientist-vs-ml-engineer/");
    expect(data.roles[0]!.levels[model.skills.indexOf("statistics")]).toBe("entre básico y medio");
  });

  it("writes JSON that cannot close its script element", () => {
    const json = scriptJson({ label: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ label: "</script><script>alert(1)</script>" });
  });

  it("links to role pages and to comparisons in the canonical pair order", () => {
    expect(roleUrl("ml-engineer")).toBe("/roles/ml-engineer/");
    expect(compareUrl("ml-engineer", "data-scientist")).toBe("/compare/data-scientist-vs-ml-engineer/");
    expect(compareUrl("data-analyst", "ai-engineer")).toBe("/compare/data-analyst-vs-ai-engineer/");
  });
});

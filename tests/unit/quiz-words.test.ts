// The result's sentences, the published bank and the page payload.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildClientData, publishedBank, scriptJson } from "../../src/lib/quiz/client-data";
import { compareUrl, roleUrl } from "../../src/lib/quiz/links";
import { answersFrom } from "../../src/lib/quiz/model";
import { scoreAnswers } from "../../src/lib/quiz/score";
import { confidenceText, effectText, gapText, levelWord } from "../../src/lib/quiz/words";
import { loadBank, loadMatrix, loadModel } from "./quiz-fixture";

const bank = loadBank();
const matrix = loadMatrix();
const model = loadModel();
const anyAnswers = fc.tuple(...model.questions.map((q) => fc.option(fc.nat(q.options.length - 1), { freq: 5 })));

describe("result sentences", () => {
  it("say which way the answers lean and what the role needs", () => {
    expect(effectText({ skill: "statistics", points: 5, toward: true }, "Statistics", "Advanced")).toBe(
      "Statistics: you lean toward it, and this role needs it at Advanced level.",
    );
    expect(effectText({ skill: "research", points: 2, toward: false }, "Research", "Low")).toBe(
      "Research: you lean away from it, and this role needs little of it (Low).",
    );
    expect(effectText({ skill: "python", points: -2, toward: false }, "Python", "High", true)).toBe(
      "Python: the answers lean away from it, but this role needs it at High level.",
    );
    expect(gapText({ skill: "sql", need: 4, stated: 2 }, "SQL", "High")).toBe("SQL: the role needs High; your answers say Basic.");
  });

  it("name levels in the matrix's words", () => {
    expect([1, 2, 3, 4, 5, 2.5, 0, 9].map(levelWord)).toEqual(["Low", "Basic", "Medium", "High", "Advanced", "Medium", "Low", "Advanced"]);
  });

  it("state confidence in plain words for every answer set, never leaking a placeholder", () => {
    fc.assert(
      fc.property(anyAnswers, fc.boolean(), (a, shared) => {
        const res = scoreAnswers(model, a);
        const text = confidenceText(res, model.questions.length, shared);
        expect(text).toMatch(new RegExp(`^${res.confidence.level[0]!.toUpperCase()}${res.confidence.level.slice(1)}: `));
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        for (const f of res.ranked)
          for (const e of [...f.raised, ...f.lowered]) expect(effectText(e, "X", "High", shared)).not.toMatch(/undefined|NaN/);
      }),
    );
  });

  it("counts the answers when few were given", () => {
    const res = scoreAnswers(model, answersFrom(model, [["enjoy-storytelling", "a-lot"]]));
    expect(confidenceText(res, model.questions.length)).toBe(
      `Low: you answered 1 of ${model.questions.length} questions and the answers say a lot about one or two skill areas and little about the rest. Treat the ranking as a starting point.`,
    );
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

  it("hands the element the same model, plus names and related articles per role", () => {
    const data = buildClientData(bank, matrix, [
      { title: "About analysts", url: "/articles/a/", roles: ["data-analyst"] },
      { title: "About everyone", url: "/articles/b/", roles: ["data-analyst", "ai-engineer"] },
    ]);
    expect(data.model).toEqual(model);
    expect(data.roles.map((r) => r.name)).toEqual(matrix.roles.map((r) => r.name));
    expect(data.roles[0]!.articles.map((a) => a.url)).toEqual(["/articles/a/", "/articles/b/"]);
    expect(data.roles.at(-1)!.articles.map((a) => a.url)).toEqual(["/articles/b/"]);
    expect(data.roles[0]!.levels[model.skills.indexOf("statistics")]).toBe("Basic–Medium");
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

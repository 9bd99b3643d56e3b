// The scorer: profile, fit, ranking, reasons, readiness and confidence, on the real bank and matrix,
// with property tests for what must hold for every answer set.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLOSE_CALL_POINTS, LEVEL_OFFSET, SCORE_HALF } from "../../src/lib/quiz/constants";
import { answersFrom, emptyAnswers, type QuizModel } from "../../src/lib/quiz/model";
import { buildProfile } from "../../src/lib/quiz/profile";
import { correlate, profileOf, scoreAnswers, scoreProfile } from "../../src/lib/quiz/score";
import { ROLE_IDS } from "../../src/lib/roles";
import { loadModel } from "./quiz-fixture";

const model = loadModel();
const n = model.skills.length;
const anyAnswers = fc.tuple(...model.questions.map((q) => fc.option(fc.nat(q.options.length - 1), { freq: 5 })));
const anyProfile = fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: n, maxLength: n });
const pairsOf = (answers: readonly (number | null)[]) =>
  answers.flatMap((a, qi) => (a === null ? [] : [[model.questions[qi]!.id, model.questions[qi]!.options[a]!.id] as const]));

describe("answers to a profile", () => {
  it("sums an area's signals over the bank's questions that ask about it, so a skipped question counts as 0", () => {
    const answers = answersFrom(model, [
      ["enjoy-storytelling", "a-lot"], // viz +2, business +2
      ["experience-presenting", "own-team"], // viz 0, business −1
    ]);
    const p = buildProfile(model, answers);
    const at = (skill: string) => p.values[model.skills.indexOf(skill)]!;
    const asked = (skill: string) => model.questions.filter((q) => q.options.some((o) => skill in o.signals)).length;
    expect(at("data-visualization")).toBeCloseTo(2 / asked("data-visualization"), 12);
    expect(at("business-communication")).toBeCloseTo(1 / asked("business-communication"), 12);
    expect(p.asked[model.skills.indexOf("data-visualization")]).toBe(asked("data-visualization"));
    expect(at("deep-learning")).toBe(0);
    expect(p.answered).toBe(2);
  });

  it("equals the average over the answers once every question is answered", () => {
    const all = model.questions.map((q) => q.options.length - 1);
    const p = buildProfile(model, all);
    model.skills.forEach((skill, i) => {
      const signals = model.questions.filter((q) => q.options.some((o) => skill in o.signals)).map((q) => q.options.at(-1)!.signals[skill] ?? 0);
      expect(p.values[i]).toBeCloseTo(signals.reduce((a, b) => a + b, 0) / signals.length, 12);
    });
  });

  it("moves an area only in the direction of the signal an answer adds", () => {
    fc.assert(
      fc.property(anyAnswers, fc.nat(model.questions.length - 1), fc.nat(30), (answers, qi, pick) => {
        const q = model.questions[qi]!;
        const oi = pick % q.options.length;
        const without = buildProfile(model, answers.with(qi, null));
        const withIt = buildProfile(model, answers.with(qi, oi));
        model.skills.forEach((skill, i) => {
          const s = q.options[oi]!.signals[skill] ?? 0;
          const change = withIt.values[i]! - without.values[i]!;
          expect(Math.sign(Math.round(change * 1e9))).toBe(Math.sign(s));
        });
      }),
    );
  });

  it("counts an option that leaves out an area its question asks about as 0 for that area", () => {
    const p = buildProfile(model, answersFrom(model, [["favourite-part", "story"]]));
    // favourite-part asks about machine learning through other options; "story" says nothing of it.
    expect(p.evidence[model.skills.indexOf("machine-learning")]).toBe(1);
    expect(p.values[model.skills.indexOf("machine-learning")]).toBe(0);
    expect(p.evidence[model.skills.indexOf("sql")]).toBe(1);
  });

  it("reads stated levels from experience answers only: the signal plus three", () => {
    const p = buildProfile(
      model,
      answersFrom(model, [
        ["experience-sql", "warehouses"],
        ["enjoy-modeling", "a-lot"],
      ]),
    );
    expect(p.stated[model.skills.indexOf("sql")]).toBe(LEVEL_OFFSET + 2);
    expect(p.stated[model.skills.indexOf("data-engineering")]).toBe(5);
    expect(p.stated[model.skills.indexOf("statistics")]).toBeNull();
  });
});

describe("fit, ranking and reasons", () => {
  it("gives every role 50 for a flat profile and keeps the fixed role order", () => {
    for (const level of [-2, 0, 2]) {
      const res = scoreProfile(model, profileOf(new Array(n).fill(level)));
      expect(res.ranked.map((f) => f.score)).toEqual(new Array(6).fill(SCORE_HALF));
      expect(res.ranking).toEqual([...ROLE_IDS]);
      expect(res.confidence.level).toBe("low");
      expect(res.confidence.reasons).toContain("flat");
    }
  });

  it("scores no answers at all as a flat, low-confidence result", () => {
    const res = scoreAnswers(model, emptyAnswers(model));
    expect(res.ranking).toEqual([...ROLE_IDS]);
    expect(res.confidence).toEqual({ level: "low", reasons: ["few-answers", "flat"] });
  });

  it("scores a profile shaped exactly like a role's needs 100 for that role and ranks it first", () => {
    for (const role of model.roles) {
      const res = scoreProfile(model, profileOf(role.needs.map((v) => v - LEVEL_OFFSET)));
      expect(res.ranking[0]).toBe(role.id);
      expect(res.ranked[0]!.shown).toBe(100);
    }
  });

  it("scores the opposite shape 0", () => {
    const role = model.roles[0]!;
    const res = scoreProfile(model, profileOf(role.needs.map((v) => LEVEL_OFFSET - v)));
    expect(res.ranked.find((f) => f.id === role.id)!.shown).toBe(0);
    expect(res.ranking.at(-1)).toBe(role.id);
  });

  it("names the areas behind a score, with the direction of the answers", () => {
    const res = scoreAnswers(
      model,
      answersFrom(model, [
        ["favourite-part", "story"],
        ["enjoy-storytelling", "a-lot"],
        ["enjoy-systems", "not-really"],
        ["code", "little"],
      ]),
    );
    const top = res.ranked[0]!;
    expect(top.id).toBe("data-analyst");
    expect(top.raised[0]).toMatchObject({ skill: "data-visualization", toward: true });
    expect(top.raised.map((e) => e.skill)).toContain("business-communication");
    expect(top.raised.every((e) => e.points > 0)).toBe(true);
    const last = res.ranked.at(-1)!;
    expect(last.lowered.map((e) => e.skill)).toContain("data-visualization");
    expect(last.lowered.every((e) => e.points < 0)).toBe(true);
  });

  it("calls a close call when the runner-up's shown score is within the margin", () => {
    for (let seed = 0; seed < 300; seed++) {
      const [answers] = fc.sample(anyAnswers, { numRuns: 1, seed });
      const res = scoreAnswers(model, answers!);
      expect(res.closeCall).toBe(res.ranked[0]!.shown - res.ranked[1]!.shown <= CLOSE_CALL_POINTS);
    }
  });
});

describe("readiness and gaps", () => {
  const experienced = answersFrom(model, [
    ["experience-sql", "joins"], // sql 4, data engineering 2
    ["experience-python", "pandas"], // python 3, software 2
    ["experience-mathematics", "tests"], // statistics 2, mathematics 2
    ["experience-ml", "course"], // ML 2, deep learning 1
    ["experience-cloud", "none"], // cloud 1
    ["experience-presenting", "leaders"], // viz 5, business 5
    ["experience-research", "none"], // research 1
  ]);

  it("lists where a role needs at least a level more than the answers state, largest first", () => {
    const res = scoreAnswers(model, experienced);
    const ds = res.ranked.find((f) => f.id === "data-scientist")!;
    expect(ds.gaps[0]).toEqual({ skill: "statistics", need: 5, stated: 2 });
    expect(ds.gaps.map((g) => g.skill)).toEqual([
      "statistics",
      "machine-learning",
      "research",
      "mathematics",
      "deep-learning",
      "python",
      "software-engineering",
    ]);
    const da = res.ranked.find((f) => f.id === "data-analyst")!;
    expect(da.gaps).toEqual([]);
    expect(da.readiness).toBeGreaterThan(ds.readiness!);
  });

  it("computes readiness as the share of the role's needs above Low that the stated levels cover", () => {
    const res = scoreAnswers(model, experienced);
    const da = res.ranked.find((f) => f.id === "data-analyst")!;
    // Data Analyst: only statistics (2.5 needed, 2 stated) falls short: 0.5 of 16.5 levels above Low.
    expect(da.readiness).toBe(Math.round(100 * (1 - 0.5 / 16.5)));
  });

  it("has no readiness without experience answers", () => {
    const res = scoreAnswers(model, answersFrom(model, [["enjoy-modeling", "a-lot"]]));
    for (const f of res.ranked) expect([f.readiness, f.gaps]).toEqual([null, []]);
  });
});

describe("confidence", () => {
  // Every question answered with the option closest in shape to the Data Scientist's needs.
  const ds = model.roles.find((r) => r.id === "data-scientist")!;
  const consistent = model.questions.map((q) => {
    let best = 0;
    let bestFit = -Infinity;
    q.options.forEach((o, i) => {
      const fit = Object.entries(o.signals).reduce((s, [k, v]) => s + v * (ds.needs[model.skills.indexOf(k)]! - 3), 0);
      if (fit > bestFit) [best, bestFit] = [i, fit];
    });
    return best;
  });

  it("is high for a complete, consistent answer set", () => {
    const res = scoreAnswers(model, consistent);
    expect(res.ranking[0]).toBe("data-scientist");
    expect(res.confidence).toEqual({ level: "high", reasons: [] });
  });

  it("is medium with a third of the same answers left out, low with most left out", () => {
    const keep = (share: number) => consistent.map((a, i) => (i < Math.floor(model.questions.length * share) ? a : null));
    expect(scoreAnswers(model, keep(0.7)).confidence).toEqual({ level: "medium", reasons: ["few-answers"] });
    expect(scoreAnswers(model, keep(0.4)).confidence.level).toBe("low");
  });

  it("is lower for a one-note answer", () => {
    const res = scoreAnswers(model, answersFrom(model, [["enjoy-storytelling", "a-lot"]]));
    expect(res.confidence.level).toBe("low");
    expect(res.confidence.reasons).toEqual(["few-answers", "one-note"]);
  });

  it("is lower for a weak best match", () => {
    // Answers that pull in every direction at once: no role's shape fits them well.
    const res = scoreProfile(model, { ...profileOf([2, -2, 2, -2, 2, -2, 2, -2, 2, -2, 2, -2]), answered: model.questions.length });
    expect(res.ranked[0]!.r).toBeLessThan(0.3);
    expect(res.confidence).toEqual({ level: "medium", reasons: ["weak-match"] });
  });
});

describe("properties", () => {
  it("is deterministic", () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        expect(scoreAnswers(model, a)).toEqual(scoreAnswers(model, structuredClone(a)));
      }),
    );
  });

  it("keeps every score within 0 … 100 and ranks every role exactly once", () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const res = scoreAnswers(model, a);
        for (const f of res.ranked) {
          expect(f.score).toBeGreaterThanOrEqual(0);
          expect(f.score).toBeLessThanOrEqual(100);
          if (f.readiness !== null) expect(f.readiness).toBeGreaterThanOrEqual(0);
          if (f.readiness !== null) expect(f.readiness).toBeLessThanOrEqual(100);
        }
        expect([...res.ranking].sort()).toEqual([...ROLE_IDS].sort());
        expect(res.ranked.map((f) => f.rank)).toEqual([1, 2, 3, 4, 5, 6]);
        for (let i = 1; i < 6; i++) expect(res.ranked[i - 1]!.score).toBeGreaterThanOrEqual(res.ranked[i]!.score - 1e-6);
      }),
    );
  });

  it("does not depend on the order the answers were given in", () => {
    fc.assert(
      fc.property(
        anyAnswers.chain((a) => fc.tuple(fc.constant(a), fc.shuffledSubarray(pairsOf(a), { minLength: pairsOf(a).length }))),
        ([a, shuffled]) => {
          expect(scoreAnswers(model, answersFrom(model, shuffled))).toEqual(scoreAnswers(model, a));
        },
      ),
    );
  });

  it("ranks a role first for a profile equal to its needs, at any scale and offset", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...model.roles),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (role, scale, offset) => {
          const res = scoreProfile(model, profileOf(role.needs.map((v) => scale * v + offset)));
          expect(res.ranking[0]).toBe(role.id);
          expect(res.ranked[0]!.score).toBeCloseTo(100, 6);
        },
      ),
    );
  });

  it("is unmoved by answering everything one notch higher: only the profile's shape counts", () => {
    fc.assert(
      fc.property(anyProfile, fc.double({ min: -2, max: 2, noNaN: true }), (values, shift) => {
        const a = scoreProfile(model, profileOf(values));
        const b = scoreProfile(model, profileOf(values.map((v) => v + shift)));
        a.ranked.forEach((f, i) => expect(b.ranked[i]!.score).toBeCloseTo(f.score, 6));
      }),
    );
  });

  it("splits each score exactly into its areas' contributions", () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        for (const f of scoreAnswers(model, a).ranked)
          expect(f.contributions.reduce((s, c) => s + c, 0)).toBeCloseTo(f.score - SCORE_HALF, 9);
      }),
    );
  });

  it("agrees with the textbook Pearson formula", () => {
    fc.assert(
      fc.property(anyProfile, fc.constantFrom(...model.roles), (p, role) => {
        const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
        const [mp, mn] = [mean(p), mean(role.needs)];
        const cov = p.reduce((s, x, i) => s + (x - mp) * (role.needs[i]! - mn), 0);
        const vp = p.reduce((s, x) => s + (x - mp) ** 2, 0);
        const vn = role.needs.reduce((s, x) => s + (x - mn) ** 2, 0);
        fc.pre(vp > 1e-6);
        expect(correlate(p, role.needs).r).toBeCloseTo(cov / Math.sqrt(vp * vn), 9);
      }),
    );
  });
});

export type { QuizModel };

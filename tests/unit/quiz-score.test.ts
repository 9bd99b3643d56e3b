// The scorer: profile, fit, ranking, reasons, readiness and confidence, on the real bank and matrix,
// with property tests for what must hold for every answer set.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLOSE_CALL_POINTS, LEVEL_OFFSET, SCORE_HALF } from "../../src/lib/quiz/constants";
import { answersFrom, centreOptions, emptyAnswers, prepare, shapesFit, type QuizModel } from "../../src/lib/quiz/model";
import { buildProfile } from "../../src/lib/quiz/profile";
import { bestOptions } from "../../src/lib/quiz/audit";
import { correlate, fitsOf, profileOf, scoreAnswers, scoreProfile } from "../../src/lib/quiz/score";
import { ROLE_IDS } from "../../src/lib/roles";
import { loadModel } from "./quiz-fixture";

const model = loadModel();
const n = model.skills.length;
const anyAnswers = fc.tuple(...model.questions.map((q) => fc.option(fc.nat(q.options.length - 1), { freq: 5 })));
const anyProfile = fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: n, maxLength: n });
const { focus } = prepare(model);
const fitAsked = (skill: string) => model.questions.filter((q) => shapesFit(q) && q.options.some((o) => skill in o.signals)).length;
/** An option's centred signal for an area: the signal minus the question's average over its options. */
const centred = (qi: number, oi: number, skill: string) => centreOptions(model.skills, model.questions[qi]!.options)[oi]![model.skills.indexOf(skill)]!;
const pairsOf = (answers: readonly (number | null)[]) =>
  answers.flatMap((a, qi) => (a === null ? [] : [[model.questions[qi]!.id, model.questions[qi]!.options[a]!.id] as const]));

describe("answers to a profile", () => {
  it("sums an area's centred signals over the fit questions that ask about it, so a skipped question counts as 0", () => {
    const answers = answersFrom(model, [
      ["enjoy-storytelling", "a-lot"], // viz +1, business +1; the question's options average 0
      ["experience-presenting", "own-team"], // experience: states levels, does not move the fit
    ]);
    const p = buildProfile(model, answers);
    const at = (skill: string) => p.values[model.skills.indexOf(skill)]!;
    expect(at("data-visualization")).toBeCloseTo(1 / fitAsked("data-visualization"), 12);
    expect(at("business-communication")).toBeCloseTo(1 / fitAsked("business-communication"), 12);
    expect(p.asked[model.skills.indexOf("data-visualization")]).toBe(fitAsked("data-visualization"));
    expect(at("deep-learning")).toBe(0);
    expect([p.answered, p.answeredFit]).toEqual([2, 1]);
  });

  it("centres each question: answering every option of a question once leaves every area where it was", () => {
    model.questions.forEach((q, qi) => {
      if (!shapesFit(q)) return;
      const sums = model.skills.map((skill) => q.options.reduce((sum, _, oi) => sum + centred(qi, oi, skill), 0));
      for (const x of sums) expect(x).toBeCloseTo(0, 12);
    });
  });

  it("equals the average of the centred signals once every question is answered", () => {
    const all = model.questions.map((q) => q.options.length - 1);
    const p = buildProfile(model, all);
    model.skills.forEach((skill, i) => {
      const signals = model.questions.flatMap((q, qi) =>
        shapesFit(q) && q.options.some((o) => skill in o.signals) ? [centred(qi, q.options.length - 1, skill)] : [],
      );
      expect(p.values[i]).toBeCloseTo(signals.reduce((a, b) => a + b, 0) / signals.length, 12);
    });
  });

  it("moves an area only in the direction of the centred signal an answer adds, and never for an experience answer", () => {
    fc.assert(
      fc.property(anyAnswers, fc.nat(model.questions.length - 1), fc.nat(30), (answers, qi, pick) => {
        const q = model.questions[qi]!;
        const oi = pick % q.options.length;
        const without = buildProfile(model, answers.with(qi, null));
        const withIt = buildProfile(model, answers.with(qi, oi));
        model.skills.forEach((skill, i) => {
          const s = shapesFit(q) ? centred(qi, oi, skill) : 0;
          const change = withIt.values[i]! - without.values[i]!;
          expect(Math.sign(Math.round(change * 1e9))).toBe(Math.sign(Math.round(s * 1e9)));
        });
      }),
    );
  });

  it("counts an option that leaves out an area its question asks about as 0 for that area, before centring", () => {
    const qi = model.questions.findIndex((q) => q.id === "favourite-part");
    const story = model.questions[qi]!.options.findIndex((o) => o.id === "story");
    const p = buildProfile(model, answersFrom(model, [["favourite-part", "story"]]));
    // favourite-part asks about machine learning through other options; "story" says nothing of it,
    // so it sits below the question's average for machine learning.
    const ml = model.skills.indexOf("machine-learning");
    const average = model.questions[qi]!.options.reduce((sum, o) => sum + (o.signals["machine-learning"] ?? 0), 0) / model.questions[qi]!.options.length;
    expect(p.evidence[ml]).toBe(1);
    expect(centred(qi, story, "machine-learning")).toBeCloseTo(-average, 12);
    expect(p.values[ml]).toBeCloseTo(-average / fitAsked("machine-learning"), 12);
  });

  it("reads stated levels from experience answers only: the signal plus three", () => {
    const p = buildProfile(
      model,
      answersFrom(model, [
        ["experience-sql", "warehouses"],
        ["enjoy-experiments", "a-lot"],
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

  it("scores a profile shaped exactly like what sets a role apart (its needs minus the roles' average) 100 for that role and ranks it first", () => {
    model.roles.forEach((role, ri) => {
      const res = scoreProfile(model, profileOf(focus[ri]!));
      expect(res.ranking[0]).toBe(role.id);
      expect(res.ranked[0]!.shown).toBe(100);
    });
  });

  it("compares shapes with what sets each role apart, so a need every role shares decides nothing", () => {
    model.roles.forEach((role, ri) => {
      const average = role.needs.map((v, i) => v - focus[ri]![i]!);
      expect(focus[ri]!.reduce((a, b) => a + b, 0)).not.toBeNaN();
      model.roles.forEach((other, oi) => expect(other.needs.map((v, i) => v - focus[oi]![i]!)).toEqual(average));
    });
  });

  it("scores the opposite shape 0", () => {
    const role = model.roles[0]!;
    const res = scoreProfile(model, profileOf(focus[0]!.map((v) => -v)));
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
    const res = scoreAnswers(model, answersFrom(model, [["enjoy-experiments", "a-lot"]]));
    for (const f of res.ranked) expect([f.readiness, f.gaps]).toEqual([null, []]);
  });
});

describe("confidence", () => {
  // Every question answered the way the audit's consistent Data Scientist answers it.
  const ds = model.roles.findIndex((r) => r.id === "data-scientist");
  const consistent = bestOptions(model).questions[ds]!;

  it("is high for a complete, consistent answer set: no single changed answer puts another role first", () => {
    const res = scoreAnswers(model, consistent);
    expect(res.ranking[0]).toBe("data-scientist");
    expect(res.fragile).toBe(false);
    expect(res.confidence).toEqual({ level: "high", reasons: [] });
  });

  it("is medium with a third of the fit questions left out, low with most left out", () => {
    const fitIndexes = model.questions.flatMap((q, qi) => (shapesFit(q) ? [qi] : []));
    const keep = (share: number) => {
      const kept = new Set(fitIndexes.slice(0, Math.floor(fitIndexes.length * share)));
      return consistent.map((a, i) => (kept.has(i) || !shapesFit(model.questions[i]!) ? a : null));
    };
    expect(scoreAnswers(model, keep(0.7)).confidence.level).toBe("medium");
    expect(scoreAnswers(model, keep(0.7)).confidence.reasons).toContain("few-answers");
    expect(scoreAnswers(model, keep(0.4)).confidence.level).toBe("low");
  });

  it("follows the margin: a close call is low, and a lead one answer can overturn is at most medium", () => {
    for (let seed = 0; seed < 300; seed++) {
      const [answers] = fc.sample(anyAnswers, { numRuns: 1, seed });
      const res = scoreAnswers(model, answers!);
      if (res.closeCall) expect(res.confidence.level).toBe("low");
      if (res.fragile) expect(res.confidence.level).not.toBe("high");
      if (res.confidence.level === "high") {
        // Check by hand: no other option of any fit question changes the top role.
        model.questions.forEach((q, qi) => {
          if (!shapesFit(q)) return;
          q.options.forEach((_, oi) => expect(scoreAnswers(model, answers!.with(qi, oi)).ranking[0]).toBe(res.ranking[0]));
        });
      }
    }
  });

  it("calls a lead fragile exactly when one changed answer puts another role first", () => {
    for (let seed = 0; seed < 60; seed++) {
      const [answers] = fc.sample(anyAnswers, { numRuns: 1, seed: 1000 + seed });
      const res = scoreAnswers(model, answers!);
      const flips = model.questions.some(
        (q, qi) => shapesFit(q) && q.options.some((_, oi) => oi !== answers![qi] && scoreProfile(model, buildProfile(model, answers!.with(qi, oi))).ranking[0] !== res.ranking[0]),
      );
      expect(res.fragile).toBe(flips);
    }
  });

  it("is lower for a weak best match", () => {
    // Answers that pull in every direction at once: no role's shape fits them well.
    const res = scoreProfile(model, { ...profileOf([0, 2, 0, -2, 0, 2, 0, -2, 0, 2, 0, -2]), answeredFit: model.questions.filter(shapesFit).length });
    expect(res.ranked[0]!.r).toBeLessThan(0.3);
    expect(res.confidence.reasons).toContain("weak-match");
    expect(res.confidence.level).not.toBe("high");
  });
});

describe("properties", () => {
  it("ranks by the same correlations it explains: fitsOf is correlate's r, to the bit, for every role", () => {
    fc.assert(
      fc.property(anyProfile, (p) => {
        expect(fitsOf(model, p)).toEqual(focus.map((f) => correlate(p, f).r));
      }),
    );
  });

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

  it("ranks a role first for a profile shaped like what sets it apart, at any scale and offset", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...model.roles.map((r, ri) => ({ id: r.id, needs: focus[ri]! }))),
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

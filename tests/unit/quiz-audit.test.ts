// The quiz as a measured instrument: the audit's simulations on the bank and scorer that ship,
// at a smaller size than `npm run quiz:audit`, held to the targets with a tolerance for sampling.
import { describe, expect, it } from "vitest";
import { auditQuiz, bestOptions, missedTargets, seeded, TARGETS, type AuditReport } from "../../src/lib/quiz/audit";
import { buildModel } from "../../src/lib/quiz/model";
import { loadBank, loadMatrix, loadModel } from "./quiz-fixture";

const model = loadModel();
const SMALL = { seed: 7, random: 1800, consistent: 1800, ps: [0.5, 0.7], skip: 0.3 };
const report = auditQuiz(model, SMALL);
/** Sampling error at this size is about two points; the targets get that much room here. */
const TOL = 0.025;
const half = report.consistent.find((c) => c.p === 0.5)!;

describe("the audit", () => {
  it("is deterministic for a seed", () => {
    const again = auditQuiz(model, { ...SMALL, random: 300, consistent: 300 });
    expect(auditQuiz(model, { ...SMALL, random: 300, consistent: 300 })).toEqual(again);
    expect(auditQuiz(model, { ...SMALL, seed: 8, random: 300, consistent: 300 })).not.toEqual(again);
  });

  it("draws numbers in [0, 1) from its generator", () => {
    const r = seeded(1);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it("counts every taker once: shares add up to 1 and the confusion matrix to the takers", () => {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(report.random.top)).toBeCloseTo(1, 9);
    expect(sum(Object.values(report.random.labels).map((l) => l.share))).toBeCloseTo(1, 9);
    for (const c of report.consistent) expect(sum(c.confusion.flat())).toBe(c.takers);
  });

  it("gives each role's consistent taker that role's own option in the questions written one option per role", () => {
    const best = bestOptions(model);
    const perRole = model.questions.flatMap((q, qi) => (q.options.length === model.roles.length ? [qi] : []));
    expect(perRole.length).toBeGreaterThanOrEqual(5);
    for (const qi of perRole) expect(new Set(best.questions.map((b) => b[qi])).size, model.questions[qi]!.id).toBe(model.roles.length);
  });

  it("gives each side of a tie-breaker's pair its own option", () => {
    const best = bestOptions(model);
    model.tiebreakers.forEach((t, ti) => {
      const [a, b] = t.pair.map((id) => model.roles.findIndex((r) => r.id === id));
      expect(best.tiebreakers[a!]![ti], t.id).toBe(0);
      expect(best.tiebreakers[b!]![ti], t.id).toBe(1);
    });
  });
});

describe("the targets, on the bank and scorer that ship", () => {
  it("random takers: every role comes first between 10% and 25% of the time", () => {
    for (const share of report.random.top) {
      expect(share).toBeGreaterThanOrEqual(TARGETS.randomTop[0] - TOL);
      expect(share).toBeLessThanOrEqual(TARGETS.randomTop[1] + TOL);
    }
  });

  it("random takers: at most 20% of answer sets labelled high", () => {
    expect(report.random.labels.high.share).toBeLessThanOrEqual(TARGETS.randomHigh + TOL);
  });

  it("consistent takers at p = 0.5: accuracy at least 85%, every role's recall at least 75%", () => {
    expect(half.accuracy).toBeGreaterThanOrEqual(TARGETS.accuracy - TOL);
    half.recall.forEach((r, i) => expect(r, model.roles[i]!.id).toBeGreaterThanOrEqual(TARGETS.recall - 2 * TOL));
  });

  it("results labelled high at p = 0.5: at least 95% right, at most 2% flip with one changed answer", () => {
    expect(half.labels.high.accuracy!).toBeGreaterThanOrEqual(TARGETS.highAccuracy - TOL);
    expect(half.labels.high.flips!).toBeLessThanOrEqual(TARGETS.highFlips);
  });

  it("the tie-breakers settle close calls better than the main answers alone", () => {
    for (const c of report.consistent) {
      expect(c.close.offered).toBeGreaterThan(0.5);
      expect(c.close.after!).toBeGreaterThan(c.close.before!);
    }
  });

  it("fails a bank that leans: the same checks catch a bank whose options all point one way", () => {
    // Every option of every question made to signal data visualization: random takers' first role
    // is no longer spread over the six roles, and consistent takers cannot be told apart.
    const bank = loadBank();
    const leaning = {
      ...bank,
      questions: bank.questions.map((q) => ({
        ...q,
        options: q.options.map((o, i) => ({ ...o, signals: q.kind === "experience" ? o.signals : { "data-visualization": i === 0 ? 2 : 1 } })),
      })),
    };
    const bad: AuditReport = auditQuiz(buildModel(leaning, loadMatrix()), { ...SMALL, random: 400, consistent: 400 });
    expect(missedTargets(bad).length).toBeGreaterThan(0);
    expect(missedTargets(report)).toEqual(missedTargets(report).filter((m) => /recall|random takers:/.test(m)));
  });
});

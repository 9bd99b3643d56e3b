// The quiz measured as an instrument: simulated takers answer the bank that ships and the scorer
// that ships ranks them. Seeded and deterministic, so `npm run quiz:audit` (bench/QUIZ.md) and the
// method page, which runs it at build time, report the same figures for the same bank.
//
// Two kinds of taker:
// - random: every question gets an option drawn uniformly (optionally skipping some questions);
//   which role comes first by chance, and how often chance is labelled confident.
// - consistent: a hidden true role T; each answer is T's best option with probability p, else an
//   option drawn uniformly. T's best option is the one whose signals correlate most (Pearson r)
//   with T's needs in the matrix; equal r goes to the option that points further toward what sets
//   T apart, then to the earlier option. Close calls answer the offered tie-breakers the same way.
// It measures the instrument against its own matrix, not against people's careers.
import type { RoleId } from "../roles";
import { prepare, type ModelOption, type QuizModel } from "./model";
import { zScores } from "./profile";
import { correlate, scoreAnswers, type Confidence } from "./score";
import { tieAnswers, tiebreakersFor } from "./tiebreak";
import { seeded } from "../random";

/** The audit's generator, seeded from its options (src/lib/random.ts). */
export { seeded };

export type Label = Confidence["level"];
export const LABELS: readonly Label[] = ["high", "medium", "low"];

export interface AuditOptions {
  /** The generator's seed. */
  seed: number;
  /** Random takers (and as many again who skip questions). */
  random: number;
  /** Consistent takers per p, split evenly over the roles. */
  consistent: number;
  /** The probabilities of taking the true role's best option. */
  ps: readonly number[];
  /** The share of questions a skipping random taker leaves out. */
  skip: number;
}

export const DEFAULT_AUDIT: AuditOptions = { seed: 2026, random: 6000, consistent: 6000, ps: [0.5, 0.7], skip: 0.3 };

export interface LabelFigures {
  /** Share of the takers given this label. */
  share: number;
  /** Of those, the share whose top role is their true role (null for random takers or none labelled). */
  accuracy: number | null;
  /** Of those, the share for whom one changed answer would put another role first. */
  flips: number | null;
}

export interface RandomFigures {
  takers: number;
  /** Per role (model order): the share of takers it comes first for. */
  top: number[];
  labels: Record<Label, LabelFigures>;
  /** Share flagged as a close call. */
  close: number;
}

export interface ConsistentFigures {
  p: number;
  takers: number;
  /** Share whose top role is their true role. */
  accuracy: number;
  /** Per role: the share of its takers who get it first. */
  recall: number[];
  /** Counts: confusion[true role][top role]. */
  confusion: number[][];
  labels: Record<Label, LabelFigures>;
  close: {
    /** Share flagged as a close call. */
    share: number;
    /** Share of close calls that were offered tie-breakers. */
    offered: number;
    /** Accuracy of close-call takers before the tie-breakers… */
    before: number | null;
    /** …and after answering the ones offered. */
    after: number | null;
  };
}

export interface AuditReport {
  version: number;
  /** The questions that shape the fit, and all questions. */
  fitQuestions: number;
  questions: number;
  tiebreakers: number;
  roles: RoleId[];
  options: AuditOptions;
  random: RandomFigures;
  randomSkipping: RandomFigures;
  consistent: ConsistentFigures[];
}


/** The option a consistent taker of a role picks, for a list of options (see the header). */
export function bestOption(skills: readonly string[], options: readonly ModelOption[], needs: readonly number[], focus: readonly number[]): number {
  const zf = zScores(focus);
  let best = 0;
  let bestR = -Infinity;
  let bestPush = -Infinity;
  options.forEach((o, i) => {
    const v = skills.map((s) => o.signals[s] ?? 0);
    const r = v.some((x) => x !== 0) ? correlate(v, needs).r : 0;
    const push = v.reduce((sum, x, k) => sum + x * zf[k]!, 0);
    if (r > bestR + 1e-12 || (Math.abs(r - bestR) <= 1e-12 && push > bestPush + 1e-12)) [best, bestR, bestPush] = [i, r, push];
  });
  return best;
}

/** Per role (model order), per question: the consistent taker's option. */
export function bestOptions(model: QuizModel): { questions: number[][]; tiebreakers: number[][] } {
  const { focus } = prepare(model);
  const pick = (options: readonly ModelOption[], ri: number) => bestOption(model.skills, options, model.roles[ri]!.needs, focus[ri]!);
  return {
    questions: model.roles.map((_, ri) => model.questions.map((q) => pick(q.options, ri))),
    tiebreakers: model.roles.map((_, ri) => model.tiebreakers.map((t) => pick(t.options, ri))),
  };
}

interface Tally {
  n: number;
  right: number;
  flips: number;
}
const emptyTallies = (): Record<Label, Tally> => ({ high: { n: 0, right: 0, flips: 0 }, medium: { n: 0, right: 0, flips: 0 }, low: { n: 0, right: 0, flips: 0 } });
const share = (part: number, whole: number) => (whole ? part / whole : 0);
const labelFigures = (t: Record<Label, Tally>, total: number, withAccuracy: boolean): Record<Label, LabelFigures> =>
  Object.fromEntries(
    LABELS.map((l) => [l, { share: share(t[l].n, total), accuracy: withAccuracy && t[l].n ? t[l].right / t[l].n : null, flips: t[l].n ? t[l].flips / t[l].n : null }]),
  ) as Record<Label, LabelFigures>;

function randomTakers(model: QuizModel, rand: () => number, takers: number, skip: number): RandomFigures {
  const top = model.roles.map(() => 0);
  const tallies = emptyTallies();
  let close = 0;
  for (let k = 0; k < takers; k++) {
    const answers = model.questions.map((q) => (skip > 0 && rand() < skip ? null : Math.floor(rand() * q.options.length)));
    const res = scoreAnswers(model, answers);
    top[model.roles.findIndex((r) => r.id === res.ranking[0])]!++;
    const t = tallies[res.confidence.level];
    t.n++;
    if (res.fragile) t.flips++;
    if (res.closeCall) close++;
  }
  return { takers, top: top.map((c) => c / takers), labels: labelFigures(tallies, takers, false), close: close / takers };
}

function consistentTakers(model: QuizModel, rand: () => number, takers: number, p: number, best: ReturnType<typeof bestOptions>): ConsistentFigures {
  const n = model.roles.length;
  const confusion = model.roles.map(() => model.roles.map(() => 0));
  const tallies = emptyTallies();
  const close = { n: 0, offered: 0, before: 0, after: 0 };
  const answer = (options: number, bestIndex: number) => (rand() < p ? bestIndex : Math.floor(rand() * options));
  for (let k = 0; k < takers; k++) {
    const ti = k % n;
    const truth = model.roles[ti]!.id;
    const answers = model.questions.map((q, qi) => answer(q.options.length, best.questions[ti]![qi]!));
    const res = scoreAnswers(model, answers);
    const right = res.ranking[0] === truth;
    confusion[ti]![model.roles.findIndex((r) => r.id === res.ranking[0])]!++;
    const t = tallies[res.confidence.level];
    t.n++;
    if (right) t.right++;
    if (res.fragile) t.flips++;
    if (!res.closeCall) continue;
    close.n++;
    if (right) close.before++;
    const offered = tiebreakersFor(model, res);
    if (offered.length) close.offered++;
    const extra = offered.map((i) => answer(model.tiebreakers[i]!.options.length, best.tiebreakers[ti]![i]!));
    const again = offered.length ? scoreAnswers(model, answers, tieAnswers(offered, extra)) : res;
    if (again.ranking[0] === truth) close.after++;
  }
  const recall = confusion.map((row, i) => row[i]! / row.reduce((a, b) => a + b, 0));
  return {
    p,
    takers,
    accuracy: confusion.reduce((sum, row, i) => sum + row[i]!, 0) / takers,
    recall,
    confusion,
    labels: labelFigures(tallies, takers, true),
    close: {
      share: close.n / takers,
      offered: share(close.offered, close.n),
      before: close.n ? close.before / close.n : null,
      after: close.n ? close.after / close.n : null,
    },
  };
}

/** Runs every simulation on `model` and returns the figures. */
export function auditQuiz(model: QuizModel, options: AuditOptions = DEFAULT_AUDIT): AuditReport {
  const rand = seeded(options.seed);
  const best = bestOptions(model);
  return {
    version: model.version,
    fitQuestions: prepare(model).centred.filter((c) => c !== null).length,
    questions: model.questions.length,
    tiebreakers: model.tiebreakers.length,
    roles: model.roles.map((r) => r.id),
    options,
    random: randomTakers(model, rand, options.random, 0),
    randomSkipping: randomTakers(model, rand, options.random, options.skip),
    consistent: options.ps.map((p) => consistentTakers(model, rand, options.consistent, p, best)),
  };
}

/** The targets the audit holds the bank and scorer to (issue: the quiz as a measured instrument). */
export const TARGETS = {
  /** Every role comes first for between these shares of random takers. */
  randomTop: [0.1, 0.25] as const,
  /** At most this share of random answer sets labelled high. */
  randomHigh: 0.2,
  /** At p = 0.5: overall accuracy, and every role's recall, at least these. */
  accuracy: 0.85,
  recall: 0.75,
  /** At p = 0.5: results labelled high are right at least this often, and flip at most this often. */
  highAccuracy: 0.95,
  highFlips: 0.02,
};

/** Each target the report misses, in words (empty when all are met). */
export function missedTargets(report: AuditReport): string[] {
  const missed: string[] = [];
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const [lo, hi] = TARGETS.randomTop;
  report.random.top.forEach((s, i) => {
    if (s < lo || s > hi) missed.push(`random takers: ${report.roles[i]} first for ${pct(s)}, outside ${pct(lo)}–${pct(hi)}`);
  });
  if (report.random.labels.high.share > TARGETS.randomHigh) missed.push(`random takers labelled high: ${pct(report.random.labels.high.share)}`);
  const half = report.consistent.find((c) => c.p === 0.5);
  if (half) {
    if (half.accuracy < TARGETS.accuracy) missed.push(`accuracy at p = 0.5: ${pct(half.accuracy)}`);
    half.recall.forEach((r, i) => {
      if (r < TARGETS.recall) missed.push(`recall of ${report.roles[i]} at p = 0.5: ${pct(r)}`);
    });
    const high = half.labels.high;
    if (high.accuracy !== null && high.accuracy < TARGETS.highAccuracy) missed.push(`high at p = 0.5 right ${pct(high.accuracy)}`);
    if (high.flips !== null && high.flips > TARGETS.highFlips) missed.push(`high at p = 0.5 flips ${pct(high.flips)}`);
  }
  return missed;
}

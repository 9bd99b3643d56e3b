// Answers -> a profile over the skill areas. Pure arithmetic over the bank, iterated in bank order,
// so the result never depends on the order the answers were given in. Only the questions that shape
// the fit count (interests, ways of working, dislikes); experience answers state levels instead.
// Each question's signals are centred over its options (model.ts, prepare), and an area's value is
// the sum of its centred signals divided by how many fit questions ask about it: a skipped question
// counts as a neutral 0, and a random answer leans toward no area on average.
import { LEVEL_OFFSET } from "./constants";
import { prepare, type Answers, type QuizModel } from "./model";

/** Answers to tie-breakers: [tie-breaker index in the pool, option index] pairs. */
export type TieAnswers = readonly (readonly [number, number])[];

export interface Profile {
  /** Per area: the centred signals of the answers, summed, over the number of fit questions that ask about it (and answered tie-breakers that do). */
  values: number[];
  /** How many answered fit questions ask about each area. */
  evidence: number[];
  /** How many fit questions (and answered tie-breakers) ask about each area: the divisor. */
  asked: number[];
  /** The level (1 … 5) the experience answers state for each area; null where none does. */
  stated: (number | null)[];
  /** Questions answered, experience included. */
  answered: number;
  /** Fit questions answered. */
  answeredFit: number;
}

/** The areas any option of a question sends a signal to: what the question asks about. */
export function questionAreas(model: QuizModel, qi: number): Set<string> {
  const areas = new Set<string>();
  for (const o of model.questions[qi]!.options) for (const a of Object.keys(o.signals)) areas.add(a);
  return areas;
}

/** The profile's raw parts: per area, the sum of centred signals and its divisor. */
export interface ProfileSums {
  sum: number[];
  asked: number[];
  evidence: number[];
  expSum: number[];
  expCount: number[];
  answered: number;
  answeredFit: number;
}

export function profileSums(model: QuizModel, answers: Answers, ties: TieAnswers = []): ProfileSums {
  const n = model.skills.length;
  const prep = prepare(model);
  const sums: ProfileSums = {
    sum: new Array<number>(n).fill(0),
    asked: [...prep.asked],
    evidence: new Array<number>(n).fill(0),
    expSum: new Array<number>(n).fill(0),
    expCount: new Array<number>(n).fill(0),
    answered: 0,
    answeredFit: 0,
  };
  model.questions.forEach((q, qi) => {
    const choice = answers[qi];
    const option = choice == null ? undefined : q.options[choice];
    if (!option) return;
    sums.answered++;
    const asks = prep.asks[qi]!;
    const centred = prep.centred[qi];
    if (centred) {
      sums.answeredFit++;
      const v = centred[choice!]!;
      for (let i = 0; i < n; i++)
        if (asks[i]) {
          sums.sum[i]! += v[i]!;
          sums.evidence[i]!++;
        }
      return;
    }
    // Experience: an option that does not name an area the question asks about states Medium for it.
    for (let i = 0; i < n; i++)
      if (asks[i]) {
        sums.expSum[i]! += option.signals[model.skills[i]!] ?? 0;
        sums.expCount[i]!++;
      }
  });
  for (const [ti, oi] of ties) {
    const v = prep.tiebreakers[ti]?.[oi];
    if (!v) continue;
    const asks = prep.tieAsks[ti]!;
    for (let i = 0; i < n; i++)
      if (asks[i]) {
        sums.sum[i]! += v[i]!;
        sums.asked[i]!++;
        sums.evidence[i]!++;
      }
  }
  return sums;
}

/** An area's value: its summed signals over how many questions ask about it. */
export const profileValues = (sum: readonly number[], asked: readonly number[]): number[] => sum.map((s, i) => (asked[i] ? s / asked[i]! : 0));

export function buildProfile(model: QuizModel, answers: Answers, ties: TieAnswers = []): Profile {
  const s = profileSums(model, answers, ties);
  return {
    values: profileValues(s.sum, s.asked),
    evidence: s.evidence,
    asked: s.asked,
    stated: s.expSum.map((x, i) => (s.expCount[i] ? Math.min(5, Math.max(1, LEVEL_OFFSET + x / s.expCount[i]!)) : null)),
    answered: s.answered,
    answeredFit: s.answeredFit,
  };
}

export function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Population standard deviation. */
export function sd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
}

/** z-scores; all zeros when the values do not vary. */
export function zScores(xs: readonly number[]): number[] {
  const m = mean(xs);
  const s = sd(xs);
  return xs.map((x) => (s > 1e-9 ? (x - m) / s : 0));
}

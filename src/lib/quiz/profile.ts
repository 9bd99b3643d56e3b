// Answers -> a profile over the skill areas. Pure arithmetic over the bank, iterated in bank order,
// so the result never depends on the order the answers were given in. An area's value is the sum
// of its signals divided by how many of the bank's questions ask about it, so a skipped question
// counts as a neutral 0 and every answer moves an area only in the direction of its own signal.
import { LEVEL_OFFSET } from "./constants";
import type { Answers, QuizModel } from "./model";

export interface Profile {
  /** Per area, −2 … 2: the signals of the answers, summed, over the number of the bank's questions that ask about it. */
  values: number[];
  /** How many answered questions ask about each area. */
  evidence: number[];
  /** How many of the bank's questions ask about each area: the divisor. */
  asked: number[];
  /** The level (1 … 5) the experience answers state for each area; null where none does. */
  stated: (number | null)[];
  /** Questions answered. */
  answered: number;
}

/** The areas any option of a question sends a signal to: what the question asks about. */
export function questionAreas(model: QuizModel, qi: number): Set<string> {
  const areas = new Set<string>();
  for (const o of model.questions[qi]!.options) for (const a of Object.keys(o.signals)) areas.add(a);
  return areas;
}

export function buildProfile(model: QuizModel, answers: Answers): Profile {
  const n = model.skills.length;
  const sum = new Array<number>(n).fill(0);
  const count = new Array<number>(n).fill(0);
  const asked = new Array<number>(n).fill(0);
  const expSum = new Array<number>(n).fill(0);
  const expCount = new Array<number>(n).fill(0);
  let answered = 0;
  model.questions.forEach((q, qi) => {
    const areas = questionAreas(model, qi);
    model.skills.forEach((skill, i) => {
      if (areas.has(skill)) asked[i]!++;
    });
    const choice = answers[qi];
    const option = choice == null ? undefined : q.options[choice];
    if (!option) return;
    answered++;
    model.skills.forEach((skill, i) => {
      if (!areas.has(skill)) return;
      // An option that does not name an area the question asks about counts as 0 for it.
      const s = option.signals[skill] ?? 0;
      sum[i]! += s;
      count[i]!++;
      if (q.kind === "experience") {
        expSum[i]! += s;
        expCount[i]!++;
      }
    });
  });
  return {
    values: sum.map((s, i) => (asked[i] ? s / asked[i]! : 0)),
    evidence: count,
    asked,
    stated: expSum.map((s, i) => (expCount[i] ? Math.min(5, Math.max(1, LEVEL_OFFSET + s / expCount[i]!)) : null)),
    answered,
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

// "You and this ad": the visitor's saved quiz answers against the ad's profile instead of a role's
// needs. The same arithmetic as the quiz's result and plan: the fit is the correlation of the
// answers' profile with what sets the ad apart (its levels minus the six roles' average need, as a
// role's fit uses its needs minus that average), the readiness and gaps come from the stated
// experience (src/lib/quiz/score.ts, readinessAgainst), and the steps follow the plan's one
// ordering rule (src/lib/quiz/plan.ts, planAgainst), limited to the areas the ad asks for.
import { SCORE_HALF } from "../quiz/constants";
import type { QuizModel } from "../quiz/model";
import { planAgainst, type PlanStep } from "../quiz/plan";
import type { Profile } from "../quiz/profile";
import { correlate, readinessAgainst, type Gap } from "../quiz/score";
import { MIN_VALUE } from "../levels";

export interface YouAndAd {
  /** 0 … 100, as the quiz's fit: SCORE_HALF × (1 + r). */
  score: number;
  shown: number;
  r: number;
  /** 0 … 100: how much of what the ad asks the stated experience covers; null without experience answers. */
  readiness: number | null;
  /** Areas the ad asks at least a level above the stated one, biggest first. */
  gaps: Gap[];
  /** The plan's steps toward the ad's levels, most important first. */
  steps: PlanStep[];
}

/** The ad's levels as needs over every area: an area it does not ask for counts as Low. */
export const adNeeds = (levels: readonly number[]): number[] => levels.map((l) => (l > 0 ? l : MIN_VALUE));

export function youAndAd(model: QuizModel, visitor: Profile, levels: readonly number[]): YouAndAd {
  const needs = adNeeds(levels);
  const average = model.skills.map((_, i) => model.roles.reduce((sum, r) => sum + r.needs[i]!, 0) / model.roles.length);
  const { r } = correlate(visitor.values, needs.map((n, i) => n - average[i]!));
  const score = SCORE_HALF * (1 + r);
  const { readiness, gaps } = readinessAgainst(model.skills, needs, visitor.stated);
  const steps = planAgainst(model.skills, needs, visitor.stated).steps.filter((s) => levels[s.i]! > 0);
  return { score, shown: Math.round(score), r, readiness, gaps, steps };
}

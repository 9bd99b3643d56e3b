// Tie-breakers: when the top two roles are a close call, up to MAX_TIEBREAKERS short extra
// questions written to separate exactly that pair. Which ones depends on the pair alone, never on
// which of the two leads; the answers join the profile (profile.ts) and the result is scored again.
import type { RoleId } from "../roles";
import { MAX_TIEBREAKERS } from "./constants";
import type { QuizModel } from "./model";
import type { TieAnswers } from "./profile";
import type { QuizResult } from "./score";

/** The pool's tie-breakers for a pair of roles, in pool order, at most MAX_TIEBREAKERS. */
export function tiebreakersForPair(model: Pick<QuizModel, "tiebreakers">, a: RoleId, b: RoleId): number[] {
  const out: number[] = [];
  model.tiebreakers.forEach((t, i) => {
    if (out.length < MAX_TIEBREAKERS && t.pair.includes(a) && t.pair.includes(b) && a !== b) out.push(i);
  });
  return out;
}

/** What a result offers: the pair's tie-breakers when it is a close call, else none. */
export function tiebreakersFor(model: Pick<QuizModel, "tiebreakers">, result: Pick<QuizResult, "closeCall" | "ranking">): number[] {
  return result.closeCall ? tiebreakersForPair(model, result.ranking[0]!, result.ranking[1]!) : [];
}

/** Answers given to the offered tie-breakers (one per offered, null when skipped), as profile pairs. */
export function tieAnswers(offered: readonly number[], answers: readonly (number | null)[]): TieAnswers {
  return offered.flatMap((ti, k) => (answers[k] == null ? [] : [[ti, answers[k]!] as const]));
}

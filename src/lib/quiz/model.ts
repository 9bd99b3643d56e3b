// The plain data the scorer works on: the bank's signals and the roles' needs as numbers, in
// fixed orders. Built once from the typed content (build) or read from the page's JSON (browser),
// so both run the same arithmetic on the same numbers.
import type { Matrix } from "../matrix";
import { ROLE_IDS, type RoleId } from "../roles";
import type { QuizData } from "../schemas";

export type QuestionKind = QuizData["questions"][number]["kind"];

export interface ModelOption {
  id: string;
  /** Skill-area id -> -2..2. */
  signals: Record<string, number>;
}

export interface ModelQuestion {
  id: string;
  kind: QuestionKind;
  options: ModelOption[];
}

/** A tie-breaker: a short extra question that separates two roles (src/lib/quiz/tiebreak.ts). */
export interface ModelTiebreaker {
  id: string;
  /** The two roles it separates, in any order. */
  pair: [RoleId, RoleId];
  options: ModelOption[];
}

export interface ModelRole {
  id: RoleId;
  /** The matrix's values (low=1 … advanced=5) in skill order. */
  needs: number[];
}

export interface QuizModel {
  /** The bank's version; share codes and saved progress carry it. */
  version: number;
  /** Skill-area ids in the matrix's order: the profile's axes. */
  skills: string[];
  questions: ModelQuestion[];
  /** In ROLE_IDS order: the tie order. */
  roles: ModelRole[];
  /** The tie-breaker pool, in the bank's order. */
  tiebreakers: ModelTiebreaker[];
}

/** One chosen option index per question, in bank order; null when unanswered. */
export type Answers = readonly (number | null)[];

export function buildModel(bank: Pick<QuizData, "version" | "questions"> & Partial<Pick<QuizData, "tiebreakers">>, matrix: Matrix): QuizModel {
  const skills = matrix.skills.map((s) => s.id);
  return {
    version: bank.version,
    skills,
    questions: bank.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      options: q.options.map((o) => ({ id: o.id, signals: { ...o.signals } })),
    })),
    roles: ROLE_IDS.map((id) => {
      const role = matrix.roles.find((r) => r.id === id);
      if (!role) throw new Error(`the matrix has no role ${id}`);
      return { id, needs: skills.map((s) => role.skills[s]!.value) };
    }),
    tiebreakers: (bank.tiebreakers ?? []).map((t) => ({
      id: t.id,
      pair: [t.pair[0], t.pair[1]],
      options: t.options.map((o) => ({ id: o.id, signals: { ...o.signals } })),
    })),
  };
}

/** Whether a question's answer shapes the fit. Experience answers state levels for the gaps and the plan only. */
export const shapesFit = (q: Pick<ModelQuestion, "kind">): boolean => q.kind !== "experience";

/** What the scorer derives from a model once: the numbers every scoring reuses. */
export interface Prepared {
  /** Per question, per option: the signals over the skill areas, centred (each area's average over the question's options taken away), so a random pick leans nowhere. Experience questions: null. */
  centred: (number[][] | null)[];
  /** Per tie-breaker, per option: the signals, centred the same way. */
  tiebreakers: number[][][];
  /** Per question, per skill area: whether any option names the area (what the question asks about). */
  asks: boolean[][];
  /** The same for each tie-breaker. */
  tieAsks: boolean[][];
  /** Per skill area: how many fit questions ask about it (the profile's divisor). */
  asked: number[];
  /** Per role: what sets it apart, its needs minus the six roles' average need in each area. */
  focus: number[][];
  /** `focus` as z-scores, filled in by fitsOf (score.ts) on first use. */
  focusZ?: number[][];
}

/** Signals as a vector in skill order, centred over the options for the areas any option names. */
export function centreOptions(skills: readonly string[], options: readonly ModelOption[]): number[][] {
  const vectors = options.map((o) => skills.map((s) => o.signals[s] ?? 0));
  const asks = skills.map((s) => options.some((o) => s in o.signals));
  const mean = skills.map((_, i) => vectors.reduce((sum, v) => sum + v[i]!, 0) / vectors.length);
  return vectors.map((v) => v.map((x, i) => (asks[i] ? x - mean[i]! : 0)));
}

const cache = new WeakMap<QuizModel, Prepared>();

/** The model's derived numbers, computed on first use and kept with the model. */
export function prepare(model: QuizModel): Prepared {
  const hit = cache.get(model);
  if (hit) return hit;
  const { skills } = model;
  const centred = model.questions.map((q) => (shapesFit(q) ? centreOptions(skills, q.options) : null));
  const asked = skills.map((s) => model.questions.filter((q) => shapesFit(q) && q.options.some((o) => s in o.signals)).length);
  const average = skills.map((_, i) => model.roles.reduce((sum, r) => sum + r.needs[i]!, 0) / model.roles.length);
  const asksOf = (options: readonly ModelOption[]) => skills.map((s) => options.some((o) => s in o.signals));
  const prepared: Prepared = {
    centred,
    asks: model.questions.map((q) => asksOf(q.options)),
    tieAsks: model.tiebreakers.map((t) => asksOf(t.options)),
    tiebreakers: model.tiebreakers.map((t) => centreOptions(skills, t.options)),
    asked,
    focus: model.roles.map((r) => r.needs.map((v, i) => v - average[i]!)),
  };
  cache.set(model, prepared);
  return prepared;
}

/** No answers yet: one null per question. */
export function emptyAnswers(model: QuizModel): (number | null)[] {
  return model.questions.map(() => null);
}

/**
 * Answers from (question id, option id) pairs in any order. Unknown ids are ignored; a
 * question named twice keeps its last option.
 */
export function answersFrom(model: QuizModel, pairs: Iterable<readonly [string, string]>): (number | null)[] {
  const answers = emptyAnswers(model);
  for (const [qid, oid] of pairs) {
    const qi = model.questions.findIndex((q) => q.id === qid);
    const oi = qi < 0 ? -1 : model.questions[qi]!.options.findIndex((o) => o.id === oid);
    if (oi >= 0) answers[qi] = oi;
  }
  return answers;
}

export function answeredCount(answers: Answers): number {
  return answers.filter((a) => a !== null).length;
}

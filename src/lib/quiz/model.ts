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
}

/** One chosen option index per question, in bank order; null when unanswered. */
export type Answers = readonly (number | null)[];

export function buildModel(bank: Pick<QuizData, "version" | "questions">, matrix: Matrix): QuizModel {
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
  };
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

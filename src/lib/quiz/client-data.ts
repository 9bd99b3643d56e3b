// The one JSON payload the quiz page hands its element: the scorer's model plus the names and
// links the result needs. Built from typed content at build time, read in the browser.
import { levelLabel } from "../levels";
import type { Matrix } from "../matrix";
import type { QuizData } from "../schemas";
import { buildModel, type QuizModel } from "./model";

export interface ClientLink {
  title: string;
  url: string;
}

export interface ClientData {
  model: QuizModel;
  /** Skill-area names in the model's skill order. */
  skillNames: string[];
  /** In the model's role order. */
  roles: {
    name: string;
    /** The role's level in words for each skill area, e.g. "Basic–Medium". */
    levels: string[];
    /** Articles about the role. */
    articles: ClientLink[];
  }[];
}

export function buildClientData(
  bank: Pick<QuizData, "version" | "questions">,
  matrix: Matrix,
  articles: { title: string; url: string; roles: string[] }[],
): ClientData {
  const model = buildModel(bank, matrix);
  return {
    model,
    skillNames: matrix.skills.map((s) => s.name),
    roles: model.roles.map((r) => {
      const role = matrix.roles.find((x) => x.id === r.id)!;
      return {
        name: role.name,
        levels: model.skills.map((s) => levelLabel(role.skills[s]!)),
        articles: articles.filter((a) => a.roles.includes(r.id)).map(({ title, url }) => ({ title, url })),
      };
    }),
  };
}

/** JSON safe to place inside a <script> element: no "<" can close it early. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** The bank as /api/quiz.json publishes it. */
export function publishedBank(bank: Pick<QuizData, "version" | "questions">, lang = "en", method = "/quiz/how-it-works/") {
  return {
    version: bank.version,
    language: lang,
    signalRange: [-2, 2],
    method,
    questions: bank.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      ...(q.hint ? { hint: q.hint } : {}),
      options: q.options.map((o) => ({ id: o.id, label: o.label, signals: o.signals })),
    })),
  };
}

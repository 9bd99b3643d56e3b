// Saved progress: the answers (as a share code) and the step the visitor was on. Anything that
// does not read back cleanly, including progress saved against another bank version, is
// treated as absent, so the page starts fresh instead of failing.
import type { Answers, QuizModel } from "./model";
import { decodeAnswers, encodeAnswers } from "./share-code";

export const STORAGE_KEY = "data-career-guide:quiz";

export interface Saved {
  answers: (number | null)[];
  /** 0 … questions − 1: a question; questions: the review; questions + 1: the result. */
  step: number;
}

export function serializeProgress(model: QuizModel, answers: Answers, step: number): string {
  return JSON.stringify({ code: encodeAnswers(model, answers), step });
}

export function parseProgress(model: QuizModel, raw: string | null): Saved | null {
  if (raw === null || raw.length > 1000) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const { code, step } = data as Record<string, unknown>;
  const decoded = decodeAnswers(model, code, 0);
  if (!decoded.ok) return null;
  if (typeof step !== "number" || !Number.isInteger(step) || step < 0 || step > model.questions.length + 1) return null;
  return { answers: decoded.answers, step };
}

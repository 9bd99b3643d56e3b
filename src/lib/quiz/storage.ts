// What the quiz keeps in this browser's localStorage, and nothing is ever sent anywhere:
// - the progress: the answers, any tie-breaker answers and the plan's role (as a share code) and the
//   step the visitor was on;
// - the plan's ticks: for each role, the skill areas ticked off, kept beside the progress under
//   their own key, with the format's and the bank's versions.
// Progress that does not read back cleanly, including progress saved against another bank version,
// is treated as absent, so the page starts fresh instead of failing. Ticks that do not read back
// are dropped too, and the page says so once (parseTicks reports the problem).
import type { RoleId } from "../roles";
import type { Answers, QuizModel } from "./model";
import { decodeAnswers, encodeAnswers } from "./share-code";

export const STORAGE_KEY = "data-career-guide:quiz";
export const TICKS_KEY = "data-career-guide:plan";
/** The ticks' format; bumped when it changes, so older saved ticks are dropped with a note. */
export const TICKS_VERSION = 1;
/** Longer stored values are not read. */
const MAX_STORED = 4000;

export interface Saved {
  answers: (number | null)[];
  /** 0 … questions − 1: a question; questions: the review; questions + 1: the result. */
  step: number;
  /** The role the plan was switched to; null for the best fit. */
  role: RoleId | null;
  /** Answers to the tie-breakers the result offered, in order; empty when none. */
  ties: (number | null)[];
}

export function serializeProgress(model: QuizModel, answers: Answers, step: number, role: RoleId | null = null, ties: Answers = []): string {
  return JSON.stringify({ code: encodeAnswers(model, answers, role, ties), step });
}

function readObject(raw: string | null): Record<string, unknown> | null {
  if (raw === null || raw.length > MAX_STORED) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
}

export function parseProgress(model: QuizModel, raw: string | null): Saved | null {
  if (raw !== null && raw.length > 1000) return null;
  const data = readObject(raw);
  if (!data) return null;
  const { code, step } = data;
  const decoded = decodeAnswers(model, code, 0);
  if (!decoded.ok) return null;
  if (typeof step !== "number" || !Number.isInteger(step) || step < 0 || step > model.questions.length + 1) return null;
  return { answers: decoded.answers, step, role: decoded.role, ties: decoded.ties };
}

/** For each role, the skill areas whose plan step is ticked off. */
export type Ticks = Partial<Record<RoleId, string[]>>;

export function serializeTicks(model: Pick<QuizModel, "version">, ticks: Ticks): string {
  return JSON.stringify({ v: TICKS_VERSION, bank: model.version, ticks });
}

/**
 * Reads saved ticks. Nothing saved gives no ticks and no problem; anything unreadable, from another
 * format or bank version, or naming a role or skill area the quiz does not have, gives no ticks
 * and problem: true, for the page's one-line note.
 */
export function parseTicks(model: Pick<QuizModel, "version" | "roles" | "skills">, raw: string | null): { ticks: Ticks; problem: boolean } {
  const none = (problem: boolean) => ({ ticks: {}, problem });
  if (raw === null) return none(false);
  const data = readObject(raw);
  if (!data || data["v"] !== TICKS_VERSION || data["bank"] !== model.version) return none(true);
  const stored = data["ticks"];
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return none(true);
  const ticks: Ticks = {};
  for (const [role, skills] of Object.entries(stored)) {
    if (!model.roles.some((r) => r.id === role)) return none(true);
    if (!Array.isArray(skills) || !skills.every((s) => typeof s === "string" && model.skills.includes(s))) return none(true);
    ticks[role as RoleId] = [...new Set(skills as string[])];
  }
  return { ticks, problem: false };
}

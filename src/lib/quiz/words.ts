// The result in plain words. Pure string building, shared by the quiz element and the method
// page, so both say the same thing; callers put the strings in the page with textContent only.
import type { AreaEffect, Gap, QuizResult } from "./score";

export const LEVEL_WORDS = ["Low", "Basic", "Medium", "High", "Advanced"] as const;

/** A level number (1 … 5, possibly between two levels) as a word. */
export function levelWord(value: number): string {
  return LEVEL_WORDS[Math.min(4, Math.max(0, Math.round(value) - 1))]!;
}

/** Why an area raised (or lowered) a role's fit, e.g. "Statistics: you lean toward it, and the role needs it at Advanced level." */
export function effectText(e: AreaEffect, skillName: string, roleLevel: string, shared = false): string {
  const lean = `${shared ? "the answers lean" : "you lean"} ${e.toward ? "toward" : "away from"} it`;
  const needs = e.toward === e.points > 0 ? `needs it at ${roleLevel} level` : `needs little of it (${roleLevel})`;
  return `${skillName}: ${lean}, ${e.points > 0 ? "and" : "but"} this role ${needs}.`;
}

export function gapText(g: Gap, skillName: string, roleLevel: string, shared = false): string {
  return `${skillName}: the role needs ${roleLevel}; ${shared ? "the" : "your"} answers say ${levelWord(g.stated)}.`;
}

export const CONFIDENCE_REASONS = {
  "few-answers": "you left several questions unanswered",
  flat: "the answers rate the skill areas almost evenly, so no shape stands out",
  "one-note": "the answers say a lot about one or two skill areas and little about the rest",
  "weak-match": "even the closest role matches the answers only loosely",
} as const;

export function confidenceText(result: QuizResult, questions: number, shared = false): string {
  const { level, reasons } = result.confidence;
  const answered = `${result.profile.answered} of ${questions} questions`;
  if (level === "high") return `High: ${shared ? "these answers cover" : "you answered"} ${answered}, and they give a clear profile to match.`;
  const why = reasons.map((r) =>
    r === "few-answers" ? `${shared ? "only" : "you answered"} ${answered}${shared ? " were answered" : ""}` : CONFIDENCE_REASONS[r],
  );
  const list = why.length > 1 ? `${why.slice(0, -1).join(", ")} and ${why.at(-1)}` : why[0];
  return `${level === "low" ? "Low" : "Medium"}: ${list}. Treat the ranking as a starting point.`;
}

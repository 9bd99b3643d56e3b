// The result in plain words. Pure string building from templates the caller passes in (the
// dictionary's quiz.client.words for the page's language), shared by the quiz element and the
// method page, so both say the same thing; callers put the strings in the page with textContent only.
import { fill, formatList, formatNumber, plural, type PluralForms } from "../i18n-format";
import { LEVELS, type Level } from "../levels";
import type { AreaEffect, Gap, QuizResult } from "./score";

/** Whose answers a sentence speaks of: the visitor's own, or a shared result's. */
export interface Perspective<T = string> {
  mine: T;
  shared: T;
}

/** The templates the result's sentences are made of. Placeholders are named in each comment. */
export interface ResultWords {
  /** The level words as labels, Low … Advanced. */
  levels: Record<Level, string>;
  /** The level words inside a sentence ("needs it at High level", "un nivel alto"). */
  levelsInText: Record<Level, string>;
  effect: {
    /** How the answers lean, filling {lean}: toward the area or away from it. */
    lean: Perspective<{ toward: string; away: string }>;
    /** An area that raised the fit: {skill}, {lean}, {need}. */
    raises: string;
    /** An area that lowered the fit: {skill}, {lean}, {need}. */
    lowers: string;
    /** {need} when the role needs much of the area: {level}, as a sentence writes it. */
    needsMuch: string;
    /** {need} when the role needs little of the area: {level}, as a sentence writes it. */
    needsLittle: string;
  };
  /** A skill gap: {skill}, {need} (the role's level) and {stated} (the level the answers state), both as a sentence writes them. */
  gap: Perspective;
  confidence: {
    /** High confidence: {n} fit questions answered of {total}. */
    high: Perspective<PluralForms>;
    /** Medium and low confidence: {reasons} is the list of reasons. */
    medium: string;
    low: string;
    /** The few-answers reason: {n} of the {total} fit questions. */
    fewAnswers: Perspective<PluralForms>;
    /** The other reasons, as clauses that fit in the list. */
    reasons: { flat: string; close: string; fragile: string; "weak-match": string };
  };
}

/** A level number (1 … 5, possibly between two levels) as a word. */
export function levelWord(value: number, levels: Record<Level, string>): string {
  return levels[LEVELS[Math.min(4, Math.max(0, Math.round(value) - 1))]!];
}

/** Why an area raised (or lowered) a role's fit, e.g. "Statistics: you lean toward it, and this role needs it at Advanced level"; `roleLevel` as a sentence writes it. */
export function effectText(w: ResultWords, e: AreaEffect, skillName: string, roleLevel: string, shared = false): string {
  const { effect } = w;
  const lean = (shared ? effect.lean.shared : effect.lean.mine)[e.toward ? "toward" : "away"];
  const need = fill(e.toward === e.points > 0 ? effect.needsMuch : effect.needsLittle, { level: roleLevel });
  return fill(e.points > 0 ? effect.raises : effect.lowers, { skill: skillName, lean, need });
}

export function gapText(w: ResultWords, g: Gap, skillName: string, roleLevel: string, shared = false): string {
  return fill(shared ? w.gap.shared : w.gap.mine, { skill: skillName, need: roleLevel, stated: levelWord(g.stated, w.levelsInText) });
}

/** The confidence sentence; `questions` is how many questions shape the fit. */
export function confidenceText(w: ResultWords, lang: string, result: QuizResult, questions: number, shared = false): string {
  const { confidence: c } = w;
  const { level, reasons } = result.confidence;
  const n = result.profile.answeredFit;
  const pick = <T>(p: Perspective<T>) => (shared ? p.shared : p.mine);
  const total = { total: formatNumber(lang, questions) };
  if (level === "high") return plural(lang, pick(c.high), n, total);
  const why = reasons.map((r) => (r === "few-answers" ? plural(lang, pick(c.fewAnswers), n, total) : c.reasons[r]));
  return fill(level === "low" ? c.low : c.medium, { reasons: formatList(lang, why) });
}

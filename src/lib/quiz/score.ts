// Profile -> a fit for every role (the shape of the profile against the shape of what sets the role
// apart: its needs minus the six roles' average, as O*NET's profile matching compares shapes), a
// readiness from the stated experience, a ranking with a fixed tie order, and how far to trust it:
// confidence and close calls follow the margin between the top two.
import type { RoleId } from "../roles";
import { CLOSE_CALL_POINTS, FEW_ANSWERS_SHARE, FLAT_SD, GAP_LEVELS, MIN_EFFECT_POINTS, SCORE_HALF, TOP_AREAS, VERY_FEW_ANSWERS_SHARE, WEAK_MATCH_R } from "./constants";
import { prepare, shapesFit, type Answers, type QuizModel } from "./model";
import { buildProfile, profileSums, profileValues, sd, zScores, type Profile, type TieAnswers } from "./profile";

export interface AreaEffect {
  skill: string;
  /** Score points this area adds (positive) or takes away (negative). */
  points: number;
  /** True when the answers put this area above their own average, false when below. */
  toward: boolean;
}

export interface Gap {
  skill: string;
  /** The role's need, 1 … 5. */
  need: number;
  /** The level the answers state, 1 … 5. */
  stated: number;
}

export interface RoleFit {
  id: RoleId;
  /** Pearson correlation of the profile with what sets the role apart (its needs minus the roles' average), −1 … 1 (0 for a flat profile). */
  r: number;
  /** 0 … 100: SCORE_HALF × (1 + r). */
  score: number;
  /** The score as shown: a whole number. */
  shown: number;
  /** 1 = best fit. */
  rank: number;
  /** Each area's share of (score − 50), in skill order; they add up to it exactly. */
  contributions: number[];
  /** The areas that raised the score most, strongest first. */
  raised: AreaEffect[];
  /** The areas that lowered it most, strongest first. */
  lowered: AreaEffect[];
  /** 0 … 100: how much of the role's needs the stated experience covers; null with no experience answers. */
  readiness: number | null;
  /** Areas where the role needs at least a level more than the answers state, biggest first. */
  gaps: Gap[];
}

/**
 * Why a result is less than certain: few fit questions answered; a flat profile; a close call (the
 * runner-up within CLOSE_CALL_POINTS); fragile (one changed answer would put another role first);
 * a weak match (even the best role correlates below WEAK_MATCH_R).
 */
export type ConfidenceReason = "few-answers" | "flat" | "close" | "fragile" | "weak-match";

export interface Confidence {
  level: "high" | "medium" | "low";
  reasons: ConfidenceReason[];
}

export interface QuizResult {
  /** Best fit first. */
  ranked: RoleFit[];
  ranking: RoleId[];
  profile: Profile;
  confidence: Confidence;
  /** The runner-up's shown score is within CLOSE_CALL_POINTS of the top one. */
  closeCall: boolean;
  /** The top two show the same score. */
  tie: boolean;
  /** One changed answer would put another role first (false when scored from a profile alone). */
  fragile: boolean;
}

/** Pearson correlation and each area's term of it (the terms add up to r). */
export function correlate(profile: readonly number[], needs: readonly number[]): { r: number; terms: number[]; zp: number[] } {
  const zp = zScores(profile);
  const zn = zScores(needs);
  const terms = zp.map((z, i) => (z * zn[i]!) / zp.length);
  return { r: clampR(terms.reduce((a, b) => a + b, 0)), terms, zp };
}

/** Clamped because rounding can push a perfect match a hair past 1. */
const clampR = (r: number) => Math.max(-1, Math.min(1, r));

function effects(model: QuizModel, contributions: number[], zp: number[], sign: 1 | -1): AreaEffect[] {
  return contributions
    .map((points, i) => ({ skill: model.skills[i]!, points, toward: zp[i]! > 0, i }))
    .filter((e) => e.points * sign >= MIN_EFFECT_POINTS)
    .sort((a, b) => (b.points - a.points) * sign || a.i - b.i)
    .slice(0, TOP_AREAS)
    .map(({ skill, points, toward }) => ({ skill, points, toward }));
}

/** How much of `needs` (per skill area, in `skills` order) the stated levels cover, and the gaps: a role's needs, or a job ad's (src/lib/decoder/you.ts). */
export function readinessAgainst(skills: readonly string[], needs: readonly number[], stated: readonly (number | null)[]): Pick<RoleFit, "readiness" | "gaps"> {
  let short = 0;
  let room = 0;
  let rated = 0;
  const gaps: (Gap & { i: number })[] = [];
  stated.forEach((level, i) => {
    if (level === null) return;
    const need = needs[i]!;
    rated++;
    short += Math.max(0, need - level);
    room += need - 1;
    if (need - level >= GAP_LEVELS) gaps.push({ skill: skills[i]!, need, stated: level, i });
  });
  gaps.sort((a, b) => b.need - b.stated - (a.need - a.stated) || a.i - b.i);
  return {
    readiness: rated === 0 ? null : room === 0 ? 100 : Math.round(100 * (1 - short / room)),
    gaps: gaps.map(({ skill, need, stated: s }) => ({ skill, need, stated: s })),
  };
}

/**
 * How far to trust a ranking. Low: fewer than VERY_FEW_ANSWERS_SHARE of the fit questions answered,
 * a flat profile, or a close call. High: none of the reasons below. Medium: anything between.
 */
export function confidenceOf(model: QuizModel, profile: Profile, bestR: number, closeCall: boolean, fragile: boolean): Confidence {
  const fitQuestions = model.questions.filter(shapesFit).length;
  const share = fitQuestions ? profile.answeredFit / fitQuestions : 0;
  const reasons: ConfidenceReason[] = [];
  if (share < FEW_ANSWERS_SHARE) reasons.push("few-answers");
  // Skipped questions shrink every area toward 0; undo that so a few clear answers are not "flat".
  const flat = share === 0 || sd(profile.values) / share < FLAT_SD;
  if (flat) reasons.push("flat");
  else {
    if (closeCall) reasons.push("close");
    else if (fragile) reasons.push("fragile");
    if (bestR < WEAK_MATCH_R) reasons.push("weak-match");
  }
  const level = share < VERY_FEW_ANSWERS_SHARE || flat || closeCall ? "low" : reasons.length ? "medium" : "high";
  return { level, reasons };
}

/** Each role's correlation with a profile, in the model's role order: the ranking's only input. */
export function fitsOf(model: QuizModel, values: readonly number[]): number[] {
  // correlate's r to the bit, without its terms: the fragility check and the audit call this
  // hundreds of thousands of times, so the roles' z-scores are computed once per model.
  const prep = prepare(model);
  const zns = (prep.focusZ ??= prep.focus.map(zScores));
  const zp = zScores(values);
  return zns.map((zn) => clampR(zp.reduce((a, z, i) => a + (z * zn[i]!) / zp.length, 0)));
}

/** The role order for correlations: higher first; equal to nine places, the fixed role order. */
const key = (r: number) => Math.round(r * 1e9);

/** The index of the best-fitting role. */
export function topIndex(rs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < rs.length; i++) if (key(rs[i]!) > key(rs[best]!)) best = i;
  return best;
}

/**
 * Whether one changed answer (another option of an answered fit question, or any option of a skipped
 * one) would put another role first. Tie-breaker answers are held as they are. Each alternative
 * moves only its question's areas, so the sums are adjusted rather than rebuilt.
 */
export function isFragile(model: QuizModel, answers: Answers, ties: TieAnswers = []): boolean {
  const prep = prepare(model);
  const { sum, asked } = profileSums(model, answers, ties);
  const top = topIndex(fitsOf(model, profileValues(sum, asked)));
  return prep.centred.some((centred, qi) => {
    if (!centred) return false;
    const asks = prep.asks[qi]!;
    const from = answers[qi] == null ? null : centred[answers[qi]!]!;
    return centred.some((to, oi) => {
      if (oi === answers[qi]) return false;
      const moved = sum.map((s, i) => (asks[i] ? s - (from?.[i] ?? 0) + to[i]! : s));
      return topIndex(fitsOf(model, profileValues(moved, asked))) !== top;
    });
  });
}

/** Scores a profile directly (the answers' profile, or any vector over the skill areas). */
export function scoreProfile(model: QuizModel, profile: Profile, fragile = false): QuizResult {
  const { focus } = prepare(model);
  const fits = model.roles.map((role, order) => {
    const { r, terms, zp } = correlate(profile.values, focus[order]!);
    const contributions = terms.map((t) => SCORE_HALF * t);
    const score = SCORE_HALF * (1 + r);
    return {
      order,
      fit: {
        id: role.id,
        r,
        score,
        shown: Math.round(score),
        rank: 0,
        contributions,
        raised: effects(model, contributions, zp, 1),
        lowered: effects(model, contributions, zp, -1),
        ...readinessAgainst(model.skills, role.needs, profile.stated),
      } satisfies RoleFit,
    };
  });
  // Correlations equal to nine places are ties, broken by the fixed role order.
  fits.sort((a, b) => key(b.fit.r) - key(a.fit.r) || a.order - b.order);
  const ranked = fits.map((f, i) => ({ ...f.fit, rank: i + 1 }));
  const margin = ranked[0]!.shown - ranked[1]!.shown;
  const closeCall = margin <= CLOSE_CALL_POINTS;
  return {
    ranked,
    ranking: ranked.map((f) => f.id),
    profile,
    confidence: confidenceOf(model, profile, ranked[0]!.r, closeCall, fragile),
    closeCall,
    tie: margin === 0,
    fragile,
  };
}

/** Scores the answers (and any tie-breaker answers): the result the page shows. */
export function scoreAnswers(model: QuizModel, answers: Answers, ties: TieAnswers = []): QuizResult {
  return scoreProfile(model, buildProfile(model, answers, ties), isFragile(model, answers, ties));
}

/** A profile made of given values (no answers, no stated levels): for tests and the method page. */
export function profileOf(values: number[]): Profile {
  return { values, evidence: values.map(() => 1), asked: values.map(() => 1), stated: values.map(() => null), answered: 0, answeredFit: 0 };
}

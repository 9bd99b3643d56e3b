// Profile -> a fit for every role (the shape of the profile against the shape of the role's needs,
// as O*NET's profile matching does), a readiness from the stated experience, a ranking with a
// fixed tie order, and how far to trust it.
import type { RoleId } from "../roles";
import {
  CLOSE_CALL_POINTS,
  FEW_ANSWERS_SHARE,
  FLAT_SD,
  GAP_LEVELS,
  MIN_EFFECT_POINTS,
  ONE_NOTE_SHARE,
  SCORE_HALF,
  TOP_AREAS,
  VERY_FEW_ANSWERS_SHARE,
  WEAK_MATCH_R,
} from "./constants";
import type { Answers, QuizModel } from "./model";
import { buildProfile, mean, sd, zScores, type Profile } from "./profile";

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
  /** Pearson correlation of the profile with the role's needs, −1 … 1 (0 for a flat profile). */
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

export type ConfidenceReason = "few-answers" | "flat" | "one-note" | "weak-match";

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
}

/** Pearson correlation and each area's term of it (the terms add up to r). */
export function correlate(profile: readonly number[], needs: readonly number[]): { r: number; terms: number[]; zp: number[] } {
  const zp = zScores(profile);
  const zn = zScores(needs);
  const terms = zp.map((z, i) => (z * zn[i]!) / zp.length);
  // Clamped because rounding can push a perfect match a hair past 1.
  const r = Math.max(-1, Math.min(1, terms.reduce((a, b) => a + b, 0)));
  return { r, terms, zp };
}

function effects(model: QuizModel, contributions: number[], zp: number[], sign: 1 | -1): AreaEffect[] {
  return contributions
    .map((points, i) => ({ skill: model.skills[i]!, points, toward: zp[i]! > 0, i }))
    .filter((e) => e.points * sign >= MIN_EFFECT_POINTS)
    .sort((a, b) => (b.points - a.points) * sign || a.i - b.i)
    .slice(0, TOP_AREAS)
    .map(({ skill, points, toward }) => ({ skill, points, toward }));
}

function readiness(model: QuizModel, needs: number[], stated: (number | null)[]): Pick<RoleFit, "readiness" | "gaps"> {
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
    if (need - level >= GAP_LEVELS) gaps.push({ skill: model.skills[i]!, need, stated: level, i });
  });
  gaps.sort((a, b) => b.need - b.stated - (a.need - a.stated) || a.i - b.i);
  return {
    readiness: rated === 0 ? null : room === 0 ? 100 : Math.round(100 * (1 - short / room)),
    gaps: gaps.map(({ skill, need, stated: s }) => ({ skill, need, stated: s })),
  };
}

/** How far to trust a ranking: fewer answers, a flat or one-note profile or a weak best match lower it. */
export function confidenceOf(model: QuizModel, profile: Profile, bestR: number): Confidence {
  const share = profile.answered / model.questions.length;
  const reasons: ConfidenceReason[] = [];
  if (share < FEW_ANSWERS_SHARE) reasons.push("few-answers");
  // Skipped questions shrink every area toward 0; undo that so a few clear answers are not "flat".
  const flat = share === 0 || sd(profile.values) / share < FLAT_SD;
  if (flat) reasons.push("flat");
  else {
    const m = mean(profile.values);
    const sq = profile.values.map((v) => (v - m) ** 2).sort((a, b) => b - a);
    const total = sq.reduce((a, b) => a + b, 0);
    if ((sq[0]! + sq[1]!) / total > ONE_NOTE_SHARE) reasons.push("one-note");
    if (bestR < WEAK_MATCH_R) reasons.push("weak-match");
  }
  const level = share < VERY_FEW_ANSWERS_SHARE || flat || reasons.length >= 2 ? "low" : reasons.length ? "medium" : "high";
  return { level, reasons };
}

/** Scores a profile directly (the answers' profile, or any vector over the skill areas). */
export function scoreProfile(model: QuizModel, profile: Profile): QuizResult {
  const fits = model.roles.map((role, order) => {
    const { r, terms, zp } = correlate(profile.values, role.needs);
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
        ...readiness(model, role.needs, profile.stated),
      } satisfies RoleFit,
    };
  });
  // Correlations equal to nine places are ties, broken by the fixed role order.
  const key = (r: number) => Math.round(r * 1e9);
  fits.sort((a, b) => key(b.fit.r) - key(a.fit.r) || a.order - b.order);
  const ranked = fits.map((f, i) => ({ ...f.fit, rank: i + 1 }));
  return {
    ranked,
    ranking: ranked.map((f) => f.id),
    profile,
    confidence: confidenceOf(model, profile, ranked[0]!.r),
    closeCall: ranked[0]!.shown - ranked[1]!.shown <= CLOSE_CALL_POINTS,
  };
}

export function scoreAnswers(model: QuizModel, answers: Answers): QuizResult {
  return scoreProfile(model, buildProfile(model, answers));
}

/** A profile made of given values (no answers, no stated levels): for tests and the method page. */
export function profileOf(values: number[]): Profile {
  return { values, evidence: values.map(() => 1), asked: values.map(() => 1), stated: values.map(() => null), answered: 0 };
}

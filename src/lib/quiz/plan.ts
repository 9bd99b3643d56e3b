// From a result to a plan for any of the roles: the skill areas where the role needs more than the
// answers state (the steps), the ones already at the role's level (the strengths), where the site
// teaches each area, and the career-path routes into the role from the role the stated experience
// is nearest to. Pure: the quiz element runs buildPlan and routeFor in the browser; the build runs
// readingOrder and chainsInto once and hands the browser their results in the page's data.
//
// THE ORDERING RULE (the one rule the plan is sorted by, explained on /quiz/how-it-works/):
//
//   priority = need × gap,   gap = need − stated
//
// where `need` is the role's level in the area (Low 1 … Advanced 5, a range its midpoint) and
// `stated` the level the experience answers state. Higher priority first; a tie goes to the area
// the role needs more, then to the skill areas' fixed order. Both factors are positive for every
// step, so the product grows with each: a larger gap in an area the role needs more never ranks
// below a smaller gap in an area it needs less (tests/unit/plan.test.ts checks this property).
import { ROLE_IDS, type RoleId } from "../roles";
import { MAX_CHAIN_MOVES, MAX_CHAINS, MAX_READING } from "./constants";
import type { QuizModel } from "./model";

/** Below this, a difference between two levels is rounding, not a gap. */
const EPSILON = 1e-9;

export interface PlanStep {
  skill: string;
  /** The area's index in the model's skill order. */
  i: number;
  /** The role's need, 1 … 5. */
  need: number;
  /** The level the answers state, 1 … 5. */
  stated: number;
  /** need − stated, > 0. */
  gap: number;
  /** need × gap: what the steps are sorted by. */
  priority: number;
  /** The level after the stated one: what the step works toward first, 2 … 5. */
  next: number;
}

export interface PlanArea {
  skill: string;
  i: number;
  need: number;
  /** null for an area the answers do not rate (its experience question was skipped). */
  stated: number | null;
}

export interface Plan {
  role: RoleId;
  /** Most important first (comparePlanSteps). */
  steps: PlanStep[];
  /** Areas where the stated level meets the role's need, the ones the role needs most first. */
  strengths: PlanArea[];
  /** Areas the answers do not rate, in skill order. */
  unrated: PlanArea[];
}

/** The ordering rule's number for one area: the role's need times how far the stated level falls short. */
export function priorityOf(need: number, stated: number): number {
  return need * (need - stated);
}

/** The plan's order: higher priority first, then the area the role needs more, then skill order. */
export function comparePlanSteps(a: Pick<PlanStep, "priority" | "need" | "i">, b: Pick<PlanStep, "priority" | "need" | "i">): number {
  return b.priority - a.priority || b.need - a.need || a.i - b.i;
}

/** The plan for the role at `roleIndex` (model order) from the stated levels (Profile.stated). */
export function buildPlan(model: QuizModel, roleIndex: number, stated: readonly (number | null)[]): Plan {
  const role = model.roles[roleIndex]!;
  return { role: role.id, ...planAgainst(model.skills, role.needs, stated) };
}

/** The plan toward any needs over the skill areas (a role's, or a job ad's: src/lib/decoder/you.ts), by the same rule. */
export function planAgainst(skills: readonly string[], needs: readonly number[], stated: readonly (number | null)[]): Omit<Plan, "role"> {
  const steps: PlanStep[] = [];
  const strengths: PlanArea[] = [];
  const unrated: PlanArea[] = [];
  skills.forEach((skill, i) => {
    const need = needs[i]!;
    const level = stated[i] ?? null;
    if (level === null) unrated.push({ skill, i, need, stated: null });
    else if (need - level > EPSILON)
      steps.push({ skill, i, need, stated: level, gap: need - level, priority: priorityOf(need, level), next: Math.min(5, Math.floor(level + EPSILON) + 1) });
    else strengths.push({ skill, i, need, stated: level });
  });
  steps.sort(comparePlanSteps);
  strengths.sort((a, b) => b.need - a.need || a.i - b.i);
  return { steps, strengths, unrated };
}

/** How far the stated levels are from a role's needs: the mean absolute difference over the rated areas; null with none rated. */
export function distanceTo(needs: readonly number[], stated: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  stated.forEach((level, i) => {
    if (level === null) return;
    sum += Math.abs(needs[i]! - level);
    n++;
  });
  return n === 0 ? null : sum / n;
}

/** A move of the career graph (content/paths.yaml): from any of `from` to `to`. */
export interface MoveLike {
  from: readonly string[];
  to: string;
}

/**
 * Every route of moves into `target` that starts at one of the roles: lists of node ids, first the
 * starting role, last the target. A route visits no node twice and has at most MAX_CHAIN_MOVES
 * moves. Shortest first, then in the order the moves are listed in the file.
 */
export function chainsInto(moves: readonly MoveLike[], target: string, isRole: (id: string) => boolean = (id) => (ROLE_IDS as readonly string[]).includes(id)): string[][] {
  const found: string[][] = [];
  const walk = (path: string[]) => {
    const head = path[0]!;
    if (path.length > 1 && isRole(head) && !found.some((f) => f.join() === path.join())) found.push(path);
    if (path.length > MAX_CHAIN_MOVES) return;
    for (const m of moves) if (m.to === head) for (const f of m.from) if (!path.includes(f)) walk([f, ...path]);
  };
  walk([target]);
  // Array.prototype.sort is stable, so equal lengths keep the order the walk found them in.
  return found.sort((a, b) => a.length - b.length);
}

export interface RouteChoice {
  /** The starting role the stated experience is nearest to; null when no area is rated or no route exists. */
  start: RoleId | null;
  /** The routes to show: those from `start`, or, with nothing rated, the shortest from any role. */
  chains: string[][];
}

/**
 * Which routes into a role to show: among the roles the routes start from, the one whose needs the
 * stated levels are nearest to (distanceTo; a tie goes to the fixed role order), and its routes.
 */
export function routeFor(model: QuizModel, chains: readonly string[][], stated: readonly (number | null)[]): RouteChoice {
  const starts = model.roles.filter((r) => chains.some((c) => c[0] === r.id));
  let start: RoleId | null = null;
  let best = Infinity;
  for (const r of starts) {
    const d = distanceTo(r.needs, stated);
    if (d !== null && d < best - EPSILON) {
      best = d;
      start = r.id;
    }
  }
  return { start, chains: (start === null ? [...chains] : chains.filter((c) => c[0] === start)).slice(0, MAX_CHAINS) };
}

/** A place on the site that teaches skill areas: a section of a role page, or an article. */
export type ReadingPlace =
  | { kind: "section"; role: RoleId; skills: readonly string[] }
  | { kind: "article"; roles: readonly string[]; skills: readonly string[] };

/**
 * Where to read about `skill` when aiming for `role`, most relevant first, as indexes into
 * `places` (at most `max`): a section of the role's own page; then articles about the role; then
 * other articles; then sections of other roles' pages, the role that needs the area most first.
 * Each role page appears once (its first section that teaches the area). Within a tier, the order
 * of `places` (the page's sections in order; articles newest first) is kept.
 */
export function readingOrder(places: readonly ReadingPlace[], role: RoleId, skill: string, needOf: (role: RoleId) => number, max = MAX_READING): number[] {
  const pages = new Set<RoleId>();
  const ranked: { at: number; tier: number; need: number }[] = [];
  places.forEach((p, at) => {
    if (!p.skills.includes(skill)) return;
    if (p.kind === "article") ranked.push({ at, tier: p.roles.includes(role) ? 1 : 2, need: 0 });
    else if (!pages.has(p.role)) {
      pages.add(p.role);
      ranked.push({ at, tier: p.role === role ? 0 : 3, need: p.role === role ? 0 : needOf(p.role) });
    }
  });
  return ranked
    .sort((a, b) => a.tier - b.tier || b.need - a.need || a.at - b.at)
    .slice(0, max)
    .map((r) => r.at);
}

// The career moves into and out of one role, read from content/paths.yaml. A move's ends are
// roles or stages; each move is shown inside its whole route (Data Analyst -> Senior Analyst ->
// Data Scientist), so a page can say where a step leads next or what came before it.
import type { PathEntry } from "./schemas";
import { namesValues, type Named } from "./name-forms";
import { movesOf } from "./paths";
import { isRoleId, type RoleId } from "./roles";

type Move = Extract<PathEntry, { type: "move" }>;
type Route = Extract<PathEntry, { type: "route" }>;
type Emerging = Extract<PathEntry, { type: "emerging" }>;

/** A node of the career graph: one of the six roles (it has a page) or a stage (it does not), with its name's forms. */
export interface PathNode extends Named {
  id: string;
  role: boolean;
}

export interface RoleMove {
  /** The move's id in paths.yaml. */
  id: string;
  /** Where the move starts; several nodes mean "from any of these". */
  from: PathNode[];
  to: PathNode;
  /** What the move takes. */
  note: string;
  route: { id: string; name: string; summary: string };
  /** The route's steps around this move, in order; each step is one or more alternative nodes. */
  chain: PathNode[][];
}

export interface RoleHybrid {
  id: string;
  name: string;
  note: string;
  /** The group's other members. */
  others: PathNode[];
}

export interface RolePaths {
  /** Moves that end at the role. */
  into: RoleMove[];
  /** Moves that start from the role (alone or among alternatives). */
  out: RoleMove[];
  /** Groups of emerging hybrid roles the role belongs to. */
  hybrids: RoleHybrid[];
}

/** Resolves ids to names and their forms: roles' from the caller, stages' from the file. */
function namer(entries: readonly PathEntry[], roleNamed: (id: RoleId) => Named) {
  const stages = new Map(entries.flatMap((e) => (e.type === "stage" ? [[e.id, e] as const] : [])));
  return (id: string): PathNode => {
    if (isRoleId(id)) {
      const { name, forms } = roleNamed(id);
      return { id, name, forms, role: true };
    }
    const stage = stages.get(id);
    if (stage === undefined) throw new Error(`paths: "${id}" is neither a role nor a stage`);
    return { id, name: stage.name, forms: stage.forms, role: false };
  };
}

/**
 * The steps of `move`'s route that lead up to it and follow it: earlier moves of the same route
 * that end where this one starts, later ones that start where it ends. A route that loops back
 * on itself stops before a node would appear twice.
 */
function chainOf(move: Move, sameRoute: readonly Move[]): string[][] {
  const used = new Set([move.id]);
  const steps: string[][] = [move.from, [move.to]];
  const inChain = (ids: readonly string[]) => ids.some((id) => steps.some((step) => step.includes(id)));
  for (;;) {
    const first = steps[0]!;
    const prev = sameRoute.find((m) => !used.has(m.id) && first.includes(m.to));
    if (!prev || inChain(prev.from)) break;
    used.add(prev.id);
    steps.unshift(prev.from);
  }
  for (;;) {
    const last = steps[steps.length - 1]!;
    const next = sameRoute.find((m) => !used.has(m.id) && m.from.some((f) => last.includes(f)));
    if (!next || inChain([next.to])) break;
    used.add(next.id);
    steps.push([next.to]);
  }
  return steps;
}

export function rolePaths(entries: readonly PathEntry[], role: RoleId, roleNamed: (id: RoleId) => Named): RolePaths {
  const node = namer(entries, roleNamed);
  const ordered = [...entries].sort((a, b) => a.order - b.order);
  const moves = ordered.filter((e): e is Move => e.type === "move");
  const routes = new Map(ordered.filter((e): e is Route => e.type === "route").map((r) => [r.id, r]));
  const describe = (m: Move): RoleMove => {
    const route = routes.get(m.route);
    if (!route) throw new Error(`paths: move "${m.id}" names route "${m.route}", which is not in the file`);
    return {
      id: m.id,
      from: m.from.map(node),
      to: node(m.to),
      note: m.note,
      route: { id: route.id, name: route.name, summary: route.summary },
      chain: chainOf(
        m,
        moves.filter((x) => x.route === m.route),
      ).map((step) => step.map(node)),
    };
  };
  const { into, outOf } = movesOf(entries, role);
  return {
    into: into.map(describe),
    out: outOf.map(describe),
    hybrids: ordered
      .filter((e): e is Emerging => e.type === "emerging" && e.members.includes(role))
      .map((g) => ({ id: g.id, name: g.name, note: g.note, others: g.members.filter((m) => m !== role).map(node) })),
  };
}

/**
 * "Data Analyst or Business Analyst" ("Analista de datos o analista de negocio"): how a step with
 * alternatives reads in `lang`, as a label, or inside a sentence with `form` "text" ("analista de
 * datos o analista de negocio").
 */
export function stepLabel(step: readonly PathNode[], lang = "en", form: "name" | "text" = "name"): string {
  return namesValues("step", lang, step, "disjunction")[form === "text" ? "step.text" : "step"]!;
}

// content/paths.yaml read for the list on /paths/ (and any page that wants a role's moves):
// routes with their moves in file order, the stages by id, the emerging lists, and the joining
// words of a list of nodes.
import type { PathEntry } from "./schemas";
import type { NodeKind } from "./path-graph";

type Of<T extends PathEntry["type"]> = Extract<PathEntry, { type: T }>;
export type Stage = Of<"stage">;
export type Route = Of<"route">;
export type Move = Of<"move">;
export type Emerging = Of<"emerging">;

/** How each kind of node is named in text, e.g. "Senior Analyst (career stage)": the dictionary's paths.kinds. */
export type KindNames = Readonly<Record<NodeKind, string>>;

/**
 * A list the language wrote (Intl.ListFormat: "A or B", "A u O", "A e I") cut into its items and
 * the words between them, so a page can render each item as a link and keep the language's
 * joining words. Items are found in order; a list that does not hold them all is kept whole.
 */
export function listParts(formatted: string, items: readonly string[]): (string | { item: number })[] {
  const parts: (string | { item: number })[] = [];
  let at = 0;
  for (const [i, item] of items.entries()) {
    const found = formatted.indexOf(item, at);
    if (found < 0) return [formatted];
    if (found > at) parts.push(formatted.slice(at, found));
    parts.push({ item: i });
    at = found + item.length;
  }
  if (at < formatted.length) parts.push(formatted.slice(at));
  return parts;
}

export interface PathsView {
  routes: { route: Route; moves: Move[] }[];
  stages: Map<string, Stage>;
  emerging: Emerging[];
}

/** Sorts entries by their position in the file and groups the moves under their routes. */
export function pathsView(entries: readonly PathEntry[]): PathsView {
  const sorted = [...entries].sort((a, b) => a.order - b.order);
  const pick = <T extends PathEntry["type"]>(type: T) => sorted.filter((e): e is Of<T> => e.type === type);
  const moves = pick("move");
  const all = pick("route").map((route) => ({ route, moves: moves.filter((m) => m.route === route.id) }));
  const routes = all.filter((r) => r.moves.length > 0);
  const orphan = moves.find((m) => !all.some((r) => r.route.id === m.route));
  if (orphan) throw new Error(`paths: move ${orphan.id} names route "${orphan.route}", which is not a route entry`);
  return { routes, stages: new Map(pick("stage").map((s) => [s.id, s])), emerging: pick("emerging") };
}

/** The moves that lead into `id` and out of it, in file order: a role page's "paths in and out". */
export function movesOf(entries: readonly PathEntry[], id: string): { into: Move[]; outOf: Move[] } {
  const moves = [...entries].sort((a, b) => a.order - b.order).filter((e): e is Move => e.type === "move");
  return { into: moves.filter((m) => m.to === id), outOf: moves.filter((m) => m.from.includes(id)) };
}

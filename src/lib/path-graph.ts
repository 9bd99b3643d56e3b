// The career graph of content/paths.yaml and its layout, for the SVG on /paths/. Nodes are the
// roles the moves and emerging lists name plus every stage; edges are the moves, one per start
// of a "from any of" move. The layout is a small layered one: layers by longest path from the
// starting jobs, long edges routed through empty lanes in the layers they cross, orders by
// barycentre, positions by ordered least squares. Edges only run between neighbouring layers or
// along their own lane, so they never cross a node. Pure numbers, so it is unit-tested and the
// component only draws.
import type { PathEntry } from "./schemas";

/** "role" is one of the six roles; the rest are the stage kinds of paths.yaml. */
export type NodeKind = "role" | "career-stage" | "adjacent-role" | "hybrid-role";

export interface GraphNode {
  id: string;
  label: string;
  kind: NodeKind;
}

export interface GraphEdge {
  /** Unique: the move's id, then the start when the move has several. */
  id: string;
  move: string;
  route: string;
  from: string;
  to: string;
}

/** A named set of nodes, e.g. the hybrid roles taking shape. */
export interface GraphGroup {
  id: string;
  label: string;
  members: string[];
}

export interface PathGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  groups: GraphGroup[];
}

/**
 * The graph paths.yaml describes. `roleName` gives the display name of one of the six roles and
 * undefined for any other id. Nodes come in order of first mention, then unmentioned stages.
 */
export function graphFromPaths(entries: readonly PathEntry[], roleName: (id: string) => string | undefined): PathGraph {
  const stages = new Map(entries.flatMap((e) => (e.type === "stage" ? [[e.id, e] as const] : [])));
  const nodes = new Map<string, GraphNode>();
  const mention = (id: string, where: string) => {
    if (nodes.has(id)) return;
    const stage = stages.get(id);
    const name = stage ? undefined : roleName(id);
    if (stage) nodes.set(id, { id, label: stage.name, kind: stage.kind });
    else if (name) nodes.set(id, { id, label: name, kind: "role" });
    else throw new Error(`paths: ${where} names "${id}", which is neither a role nor a stage`);
  };
  const edges: GraphEdge[] = [];
  const groups: GraphGroup[] = [];
  for (const e of entries) {
    if (e.type === "move") {
      for (const from of e.from) mention(from, `move ${e.id}`);
      mention(e.to, `move ${e.id}`);
      for (const from of e.from)
        edges.push({ id: e.from.length > 1 ? `${e.id}/${from}` : e.id, move: e.id, route: e.route, from, to: e.to });
    } else if (e.type === "emerging") {
      for (const m of e.members) mention(m, `emerging ${e.id}`);
      groups.push({ id: e.id, label: e.name, members: [...e.members] });
    }
  }
  for (const s of stages.values()) mention(s.id, `stage ${s.id}`);
  return { nodes: [...nodes.values()], edges, groups };
}

export type Orientation = "lr" | "tb";

export interface LayoutOptions {
  /** "lr": moves read left to right (wide screens); "tb": top to bottom (phones). */
  orientation: Orientation;
  fontSize?: number;
  lineHeight?: number;
  /** Longest label line before it wraps, in px. */
  wrapWidth?: number;
  minNodeWidth?: number;
  padX?: number;
  padY?: number;
  /** Space between two layers, along the flow. */
  layerGap?: number;
  /** Space between two nodes of one layer. */
  nodeGap?: number;
  /** Space beside a lane where a long edge crosses a layer. */
  laneGap?: number;
  /** Space between the ends of edges meeting one side of a node. */
  portGap?: number;
  margin?: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A cubic Bézier piece; a straight piece has its control points at its ends. */
export interface Segment {
  from: Point;
  c1: Point;
  c2: Point;
  to: Point;
}

export interface PlacedNode extends GraphNode {
  /** Top-left corner and size of the node's box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label, wrapped. */
  lines: string[];
  /** Ids of the groups the node belongs to. */
  groups: string[];
}

export interface PlacedEdge extends GraphEdge {
  segments: Segment[];
  /** SVG path data, from the start node's edge to the end node's edge (the arrowhead's tip). */
  d: string;
}

export interface PlacedGroup extends GraphGroup {
  /** The box around the group's nodes that have no moves, with its label at the top. */
  x: number;
  y: number;
  width: number;
  height: number;
  labelX: number;
  labelY: number;
}

export interface GraphLayout {
  orientation: Orientation;
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Bands of nodes without moves (each a group, or unnamed for stray nodes), below the graph. */
  groups: PlacedGroup[];
  /** Number of layers in the moving part of the graph. */
  layers: number;
}

// Rough advance widths in em for a system sans-serif, on the generous side so labels fit.
// Accented letters count as their base letter (í as i, é as e).
const NARROW = new Set("fijlrtI.,:;'!|()- íìîïÍÌÎÏ");
const WIDE = new Set("mwMW@");
/** Estimated width of `text` at `size` px. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += NARROW.has(ch) ? 0.34 : WIDE.has(ch) ? 0.9 : ch >= "A" && ch <= "Z" ? 0.72 : 0.6;
  return em * size;
}

/**
 * The pieces a label may break between: its words, except that a short lower-case word (a
 * preposition or article such as "of", "de", "la") stays with the word after it (the one before
 * it, at the end), so no line ends on one or holds it alone ("Director / de datos", not
 * "Director de / datos").
 */
function breakUnits(label: string): string[] {
  const units: string[] = [];
  let pending = "";
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const joined = pending ? `${pending} ${word}` : word;
    if (/^\p{Ll}{1,3}$/u.test(word)) pending = joined;
    else {
      units.push(joined);
      pending = "";
    }
  }
  // A short word at the very end stays with the word before it.
  if (pending) {
    if (units.length) units[units.length - 1] += ` ${pending}`;
    else units.push(pending);
  }
  return units;
}

/** Greedy wrap to `max` px at the label's breaks; a piece longer than a line keeps a line of its own. */
export function wrapLabel(label: string, max: number, size: number): string[] {
  const lines: string[] = [];
  for (const unit of breakUnits(label)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && textWidth(`${last} ${unit}`, size) <= max) lines[lines.length - 1] = `${last} ${unit}`;
    else lines.push(unit);
  }
  return lines.length ? lines : [""];
}

/**
 * The narrowest wrap of `label` in at most `maxLines` lines (never wider than its widest piece),
 * so a label that has lines to spare spreads over them instead of widening its box.
 */
export function fitLabel(label: string, maxLines: number, size: number): string[] {
  const units = breakUnits(label);
  // Every width the greedy wrap can change at: the widths of runs of consecutive pieces.
  const widths = new Set<number>();
  for (let i = 0; i < units.length; i++) for (let j = i + 1; j <= units.length; j++) widths.add(textWidth(units.slice(i, j).join(" "), size));
  for (const w of [...widths].sort((a, b) => a - b)) {
    const lines = wrapLabel(label, w, size);
    if (lines.length <= maxLines) return lines;
  }
  return wrapLabel(label, Infinity, size);
}

const BOLD = 1.1;

const DEFAULTS = {
  lr: { fontSize: 14, wrapWidth: 160, minNodeWidth: 120, padX: 12, padY: 10, layerGap: 72, nodeGap: 22, laneGap: 12, portGap: 8, margin: 6 },
  tb: { fontSize: 13, wrapWidth: 78, minNodeWidth: 72, padX: 5, padY: 7, layerGap: 52, nodeGap: 10, laneGap: 7, portGap: 9, margin: 6 },
} as const;

interface Item {
  /** The node, or undefined for a lane of a long edge. */
  node: GraphNode | undefined;
  layer: number;
  /** Size across the layers (height in "lr") and along them (width in "lr"). */
  breadth: number;
  depth: number;
  /** Centre across the layers. */
  c: number;
  prev: Item[];
  next: Item[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutGraph(graph: PathGraph, options: LayoutOptions): GraphLayout {
  const o = { ...DEFAULTS[options.orientation], ...options };
  const lineHeight = o.lineHeight ?? Math.round(o.fontSize * 1.3);
  const lr = o.orientation === "lr";
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  if (byId.size !== graph.nodes.length) throw new Error("path graph: two nodes share an id");
  for (const e of graph.edges) {
    for (const end of [e.from, e.to]) if (!byId.has(end)) throw new Error(`path graph: edge ${e.id} names an unknown node "${end}"`);
    if (e.from === e.to) throw new Error(`path graph: edge ${e.id} goes from "${e.from}" to itself`);
  }

  // Node boxes: wrapped label plus padding; one height for all, so rows and columns line up.
  // The longest label sets the number of lines; every label then takes the narrowest wrap in
  // that many lines, so a language with longer words keeps the drawing narrow. Role names are
  // drawn bold, about a tenth wider.
  const size = (n: GraphNode) => (n.kind === "role" ? o.fontSize * BOLD : o.fontSize);
  const lineCount = Math.max(1, ...graph.nodes.map((n) => wrapLabel(n.label, o.wrapWidth, size(n)).length));
  const wrapped = graph.nodes.map((n) => fitLabel(n.label, lineCount, size(n)));
  const nodeHeight = lineCount * lineHeight + 2 * o.padY;
  const box = new Map(
    graph.nodes.map((n, i) => {
      const lines = wrapped[i]!;
      const width = Math.max(o.minNodeWidth, Math.ceil(Math.max(...lines.map((l) => textWidth(l, size(n))))) + 2 * o.padX);
      return [n.id, { lines, width, height: nodeHeight }] as const;
    }),
  );

  // A move that closes a cycle is laid out backwards (found by depth-first search in input
  // order) and drawn the right way round, so no content can make the layout loop.
  const out = new Map(graph.nodes.map((n) => [n.id, [] as number[]]));
  graph.edges.forEach((e, i) => out.get(e.from)!.push(i));
  const reversed = new Set<number>();
  const state = new Map<string, "open" | "done">();
  const visit = (id: string) => {
    state.set(id, "open");
    for (const i of out.get(id)!) {
      const to = graph.edges[i]!.to;
      if (state.get(to) === "open") reversed.add(i);
      else if (!state.has(to)) visit(to);
    }
    state.set(id, "done");
  };
  for (const n of graph.nodes) if (!state.has(n.id)) visit(n.id);
  const ends = graph.edges.map((e, i) => (reversed.has(i) ? { u: e.to, v: e.from } : { u: e.from, v: e.to }));

  // Layers: longest path from the nodes nothing leads to.
  const connected = graph.nodes.filter((n) => graph.edges.some((e) => e.from === n.id || e.to === n.id));
  const layerOf = new Map(connected.map((n) => [n.id, 0]));
  for (let changed = true, guard = 0; changed; guard++) {
    if (guard > connected.length) throw new Error("path graph: layering did not settle");
    changed = false;
    for (const { u, v } of ends) {
      if (layerOf.get(v)! < layerOf.get(u)! + 1) {
        layerOf.set(v, layerOf.get(u)! + 1);
        changed = true;
      }
    }
  }
  const layerCount = connected.length ? Math.max(...layerOf.values()) + 1 : 0;

  // Items per layer: nodes, then one lane per long edge per layer it crosses.
  const across = (id: string) => (lr ? box.get(id)!.height : box.get(id)!.width);
  const along = (id: string) => (lr ? box.get(id)!.width : box.get(id)!.height);
  const layers: Item[][] = Array.from({ length: layerCount }, () => []);
  const itemOf = new Map<string, Item>();
  for (const n of connected) {
    const item: Item = { node: n, layer: layerOf.get(n.id)!, breadth: across(n.id), depth: along(n.id), c: 0, prev: [], next: [] };
    itemOf.set(n.id, item);
    layers[item.layer]!.push(item);
  }
  const chains = ends.map(({ u, v }) => {
    const chain = [itemOf.get(u)!];
    for (let l = layerOf.get(u)! + 1; l < layerOf.get(v)!; l++) {
      const lane: Item = { node: undefined, layer: l, breadth: 0, depth: 0, c: 0, prev: [], next: [] };
      layers[l]!.push(lane);
      chain.push(lane);
    }
    chain.push(itemOf.get(v)!);
    for (let k = 1; k < chain.length; k++) {
      chain[k - 1]!.next.push(chain[k]!);
      chain[k]!.prev.push(chain[k - 1]!);
    }
    return chain;
  });

  orderLayers(layers);
  placeAcross(layers, o);

  // Positions along the flow: each layer as deep as its deepest node, nodes centred in it.
  const layerStart: number[] = [];
  const layerDepth = layers.map((items) => Math.max(0, ...items.map((i) => i.depth)));
  layerDepth.reduce((at, depth, l) => {
    layerStart[l] = at;
    return at + depth + o.layerGap;
  }, 0);
  const layerEnd = (l: number) => layerStart[l]! + layerDepth[l]!;

  // Ports: the edges meeting one side of a node spread along it, ordered by where they come from.
  const portOut = new Map<string, number>();
  const portIn = new Map<string, number>();
  const spread = (item: Item, keyed: { key: string; c: number; i: number }[], into: Map<string, number>) => {
    keyed.sort((a, b) => a.c - b.c || a.i - b.i);
    const step = keyed.length > 1 ? Math.min(o.portGap, (item.breadth * 0.7) / (keyed.length - 1)) : 0;
    keyed.forEach((k, j) => into.set(k.key, item.c + (j - (keyed.length - 1) / 2) * step));
  };
  for (const item of itemOf.values()) {
    const outs = chains.flatMap((ch, i) => (ch[0] === item ? [{ key: String(i), c: ch[1]!.c, i }] : []));
    const ins = chains.flatMap((ch, i) => (ch[ch.length - 1] === item ? [{ key: String(i), c: ch[ch.length - 2]!.c, i }] : []));
    spread(item, outs, portOut);
    spread(item, ins, portIn);
  }

  // Edges in (along, across) space: out of the node to its layer's end, a curve across each gap,
  // straight through each lane, into the end node.
  type P = [number, number];
  const line = (a: P, b: P): [P, P, P, P] => [a, a, b, b];
  const curve = (a: P, b: P): [P, P, P, P] => {
    const mid = (b[0] - a[0]) / 2;
    return [a, [a[0] + mid, a[1]], [b[0] - mid, b[1]], b];
  };
  const nodeStart = (it: Item) => layerStart[it.layer]! + (layerDepth[it.layer]! - it.depth) / 2;
  const rawEdges = chains.map((chain, i) => {
    const pieces: [P, P, P, P][] = [];
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    let at: P = [nodeStart(first) + first.depth, portOut.get(String(i))!];
    const to = (p: P, bend: boolean) => {
      if (p[0] !== at[0] || p[1] !== at[1]) pieces.push(bend ? curve(at, p) : line(at, p));
      at = p;
    };
    to([layerEnd(first.layer), at[1]], false);
    for (let k = 1; k < chain.length - 1; k++) {
      const lane = chain[k]!;
      to([layerStart[lane.layer]!, lane.c], true);
      to([layerEnd(lane.layer), lane.c], false);
    }
    const end = portIn.get(String(i))!;
    to([layerStart[last.layer]!, end], true);
    to([nodeStart(last), end], false);
    return reversed.has(i) ? pieces.reverse().map(([a, b, c, d]) => [d, c, b, a] as [P, P, P, P]) : pieces;
  });

  // Into screen space; then shift everything so the drawing starts at the margin.
  const pt = ([l, c]: P): Point => (lr ? { x: l, y: c } : { x: c, y: l });
  const placed: PlacedNode[] = [];
  const groupsOf = (id: string) => graph.groups.filter((g) => g.members.includes(id)).map((g) => g.id);
  for (const item of itemOf.values()) {
    const n = item.node!;
    const b = box.get(n.id)!;
    const corner = pt([nodeStart(item), item.c - item.breadth / 2]);
    placed.push({ ...n, x: corner.x, y: corner.y, width: b.width, height: b.height, lines: b.lines, groups: groupsOf(n.id) });
  }
  const segs = rawEdges.map((pieces) => pieces.map(([a, b, c, d]) => ({ from: pt(a), c1: pt(b), c2: pt(c), to: pt(d) })));
  const xs = [...placed.flatMap((n) => [n.x, n.x + n.width]), ...segs.flat().flatMap((s) => [s.from.x, s.c1.x, s.c2.x, s.to.x])];
  const ys = [...placed.flatMap((n) => [n.y, n.y + n.height]), ...segs.flat().flatMap((s) => [s.from.y, s.c1.y, s.c2.y, s.to.y])];
  const dx = o.margin - (xs.length ? Math.min(...xs) : 0);
  const dy = o.margin - (ys.length ? Math.min(...ys) : 0);
  const move = (p: Point): Point => ({ x: round(p.x + dx), y: round(p.y + dy) });
  for (const n of placed) Object.assign(n, move(n));
  const edges: PlacedEdge[] = graph.edges.map((e, i) => {
    const segments = segs[i]!.map((s) => ({ from: move(s.from), c1: move(s.c1), c2: move(s.c2), to: move(s.to) }));
    return { ...e, segments, d: pathData(segments) };
  });
  let width = xs.length ? Math.max(...xs) + dx + o.margin : 2 * o.margin;
  let height = ys.length ? Math.max(...ys) + dy + o.margin : 0;

  // Nodes without moves: a band per group below the graph, wrapped to the graph's width.
  const loose = graph.nodes.filter((n) => !itemOf.has(n.id));
  const bands: { group: GraphGroup | undefined; nodes: GraphNode[] }[] = [];
  for (const n of loose) {
    const group = graph.groups.find((g) => g.members.includes(n.id));
    let band = bands.find((b) => b.group === group);
    if (!band) bands.push((band = { group, nodes: [] }));
    band.nodes.push(n);
  }
  const bandPad = o.nodeGap / 2 + 4;
  const widest = Math.max(0, ...loose.map((n) => box.get(n.id)!.width));
  width = Math.max(width, widest + 2 * (bandPad + o.margin));
  const inner = width - 2 * (o.margin + bandPad);
  const groups: PlacedGroup[] = [];
  for (const band of bands) {
    const top = height + (height > 0 ? o.layerGap / 2 : o.margin);
    let y = top + bandPad + (band.group ? lineHeight + 4 : 0);
    // Rows of nodes, each row centred.
    const rows: GraphNode[][] = [[]];
    let used = 0;
    for (const n of band.nodes) {
      const w = box.get(n.id)!.width;
      if (rows[rows.length - 1]!.length && used + o.nodeGap + w > inner) {
        rows.push([]);
        used = 0;
      }
      used += (rows[rows.length - 1]!.length ? o.nodeGap : 0) + w;
      rows[rows.length - 1]!.push(n);
    }
    for (const row of rows) {
      const rowWidth = row.reduce((s, n, i) => s + box.get(n.id)!.width + (i ? o.nodeGap : 0), 0);
      const rowHeight = Math.max(...row.map((n) => box.get(n.id)!.height));
      let x = (width - rowWidth) / 2;
      for (const n of row) {
        const b = box.get(n.id)!;
        placed.push({ ...n, x: round(x), y: round(y + (rowHeight - b.height) / 2), width: b.width, height: b.height, lines: b.lines, groups: groupsOf(n.id) });
        x += b.width + o.nodeGap;
      }
      y += rowHeight + o.nodeGap;
    }
    const bottom = y - o.nodeGap + bandPad;
    if (band.group)
      groups.push({ ...band.group, x: o.margin, y: round(top), width: round(width - 2 * o.margin), height: round(bottom - top), labelX: o.margin + bandPad, labelY: round(top + bandPad + lineHeight * 0.75) });
    height = bottom;
  }
  height += o.margin;

  // Nodes in input order, so the drawing and its tests do not depend on the layout's search.
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
  placed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { orientation: o.orientation, width: Math.ceil(width), height: Math.ceil(height), fontSize: o.fontSize, lineHeight, nodes: placed, edges, groups, layers: layerCount };
}

/** SVG path data for a run of segments; straight pieces as L, curves as C. */
export function pathData(segments: readonly Segment[]): string {
  if (!segments.length) return "";
  const p = (q: Point) => `${q.x} ${q.y}`;
  let d = `M${p(segments[0]!.from)}`;
  for (const s of segments) {
    const straight = s.c1.x === s.from.x && s.c1.y === s.from.y && s.c2.x === s.to.x && s.c2.y === s.to.y;
    d += straight ? `L${p(s.to)}` : `C${p(s.c1)} ${p(s.c2)} ${p(s.to)}`;
  }
  return d;
}

/** A point on a segment, t from 0 to 1. */
export function pointOn(s: Segment, t: number): Point {
  const u = 1 - t;
  const f = (a: number, b: number, c: number, d: number) => u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
  return { x: f(s.from.x, s.c1.x, s.c2.x, s.to.x), y: f(s.from.y, s.c1.y, s.c2.y, s.to.y) };
}

/** Crossings between two neighbouring layers, counting each pair of edges that swap order. */
function crossings(upper: Item[], lower: Item[]): number {
  const pos = new Map(lower.map((it, i) => [it, i]));
  const at = new Map(upper.map((it, i) => [it, i]));
  const links = upper.flatMap((it) => it.next.map((n) => [at.get(it)!, pos.get(n)!] as const));
  let count = 0;
  for (let i = 0; i < links.length; i++)
    for (let j = i + 1; j < links.length; j++) if ((links[i]![0] - links[j]![0]) * (links[i]![1] - links[j]![1]) < 0) count++;
  return count;
}

/** Orders each layer by the mean position of its neighbours, sweeping both ways; keeps the best. */
function orderLayers(layers: Item[][]): void {
  const total = () => layers.slice(1).reduce((s, layer, l) => s + crossings(layers[l]!, layer), 0);
  let best = layers.map((l) => [...l]);
  let bestCount = total();
  for (let round = 0; round < 12 && bestCount > 0; round++) {
    const down = round % 2 === 0;
    const range = down ? layers.map((_, l) => l).slice(1) : layers.map((_, l) => l).slice(0, -1).reverse();
    for (const l of range) {
      const ref = new Map(layers[down ? l - 1 : l + 1]!.map((it, i) => [it, i]));
      const keyed = layers[l]!.map((it, i) => {
        const ns = down ? it.prev : it.next;
        return { it, i, key: ns.length ? ns.reduce((s, n) => s + ref.get(n)!, 0) / ns.length : i };
      });
      keyed.sort((a, b) => a.key - b.key || a.i - b.i);
      layers[l] = keyed.map((k) => k.it);
    }
    const count = total();
    if (count < bestCount) {
      bestCount = count;
      best = layers.map((l) => [...l]);
    }
  }
  best.forEach((l, i) => (layers[i] = l));
}

/**
 * Positions across the layers: each item is pulled toward the mean of its neighbours while its
 * layer keeps its order and spacing (ordered least squares, solved by pooling adjacent blocks).
 */
function placeAcross(layers: Item[][], o: { nodeGap: number; laneGap: number }): void {
  const gapAfter = (a: Item, b: Item) => (a.breadth + b.breadth) / 2 + (a.node && b.node ? o.nodeGap : o.laneGap);
  const offsets = layers.map((items) => {
    const off = [0];
    for (let i = 1; i < items.length; i++) off.push(off[i - 1]! + gapAfter(items[i - 1]!, items[i]!));
    return off;
  });
  layers.forEach((items, l) => {
    const off = offsets[l]!;
    const mid = off[off.length - 1]! / 2;
    items.forEach((it, i) => (it.c = off[i]! - mid));
  });
  const settle = (l: number, neighbours: (it: Item) => Item[]) => {
    const items = layers[l]!;
    const off = offsets[l]!;
    // Targets with the spacing taken out, so the constraint becomes "non-decreasing".
    const blocks: { sum: number; n: number; count: number }[] = [];
    items.forEach((it, i) => {
      const ns = neighbours(it);
      const want = ns.length ? ns.reduce((s, n) => s + n.c, 0) / ns.length : it.c;
      blocks.push({ sum: want - off[i]!, n: 1, count: 1 });
      while (blocks.length > 1 && blocks[blocks.length - 2]!.sum / blocks[blocks.length - 2]!.n > blocks[blocks.length - 1]!.sum / blocks[blocks.length - 1]!.n) {
        const top = blocks.pop()!;
        const under = blocks[blocks.length - 1]!;
        under.sum += top.sum;
        under.n += top.n;
        under.count += top.count;
      }
    });
    let i = 0;
    for (const b of blocks) for (let k = 0; k < b.count; k++, i++) items[i]!.c = b.sum / b.n + off[i]!;
  };
  for (let round = 0; round < 8; round++) {
    for (let l = 1; l < layers.length; l++) settle(l, (it) => it.prev);
    for (let l = layers.length - 2; l >= 0; l--) settle(l, (it) => it.next);
  }
  for (let l = 0; l < layers.length; l++) settle(l, (it) => [...it.prev, ...it.next]);
}

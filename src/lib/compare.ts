// What a comparison page says about two roles, worked out from the role data: where their
// ratings overlap and where each leads, the tools they share, the career moves between them,
// and the "which should you choose" advice that follows from their differences. Pure, so every
// claim a comparison page makes is unit-tested against the data it comes from.
import englishCompare from "../i18n/dictionaries/en/compare";
import { fill, formatList, formatNumber, plural, type PluralForms } from "./i18n-format";
import { levelNumber } from "./levels";
import type { Cell, Matrix } from "./matrix";
import { nameValues, namesValues, type Named as NameWithForms } from "./name-forms";
import { allPairs, pairSlug, type RoleId } from "./roles";
import type { PathEntry } from "./schemas";

// ---------------------------------------------------------------------------------------------
// Words

/**
 * The words the sentences below are made of, in one language. Pages fill it from their
 * dictionary (`compare.words` plus the language's tag); every builder defaults to English.
 */
export interface CompareWords {
  /** BCP 47 tag for Intl: list conjunctions, plural rules, number formats. */
  locale: string;
  list: {
    /** The word "and" as it appears inside a name ("Cloud and deployment"). */
    and: string;
    /** Two items, one with `and` in its name: "{a} as well as {b}". Empty when the language uses `itemWithAnd` only. */
    twoWithAnd: string;
    /** An item with `and` in its name, moved to the end of the list so it cannot run into the list's own conjunction ("{item}" leaves it alone). */
    itemWithAnd: string;
  };
  /** "1 level", "1.5 levels". */
  levels: PluralForms;
  /** Company stages, as headings. */
  hiringStages: Record<HiringStage, string>;
  /** The words inside a tool's parenthesis: "Cloud platforms (such as AWS, Azure, or GCP)". */
  toolExamples: { suchAs: string; and: string; or: string };
  /** One pair's line on the comparisons page. */
  gist: {
    /** "{n} of {total} skill areas differ". */
    differ: PluralForms;
    /** The line when each role leads somewhere: {differ}, {a} … and {b} … (the roles' forms, name-forms.ts), {skillA}, {skillB}. */
    leads: string;
    /** The line otherwise: {differ}. */
    plain: string;
  };
  /** "Which should you choose" advice for one role: {skills}, {self} … and {other} … (the roles' forms). */
  choose: {
    /** The areas it needs more of (one area, or several). */
    deeper: PluralForms;
    /** When it needs no area at a higher level. */
    noDeeper: string;
    /** The areas the other role needs more of; starts with a space. */
    lighter: string;
    /** Areas both need at Medium or above; ends with a space. */
    shared: string;
    /** Areas neither needs beyond Basic (an "or" list). */
    light: string;
  };
  /** Other starting points of a career move: {names.plural}, {names.thePlural} … (their forms as a list). */
  moves: {
    /** For a direct move. */
    alsoMove: string;
    /** For a move through a stage. */
    alsoFirstStep: string;
  };
}

/** The English words: the English dictionary's own (a plain data file, so the lib stays pure). */
export const ENGLISH_WORDS: CompareWords = { locale: "en", ...englishCompare.words };

/** The canonical page of a pair, whichever order the roles come in. */
export function comparePath(a: RoleId, b: RoleId): string {
  return `/compare/${pairSlug(a, b)}/`;
}

/** The reverse order of every pair, each mapped to its canonical page (the redirect pages). */
export function reverseRedirects(pairs: readonly (readonly [RoleId, RoleId])[] = allPairs()): Record<string, string> {
  return Object.fromEntries(pairs.map(([a, b]) => [`/compare/${b}-vs-${a}/`, comparePath(a, b)]));
}

/**
 * The slugs of the reverse order of every pair ("ml-engineer-vs-data-scientist"): each is a
 * redirect page in every language, which the sitemap leaves out.
 */
export function reverseSlugs(pairs: readonly (readonly [RoleId, RoleId])[] = allPairs()): string[] {
  return pairs.map(([a, b]) => `${b}-vs-${a}`);
}

/** Whether a page's URL or path (in any language) is a reverse-order redirect page: the sitemap's rule. */
export function isReverseComparePage(page: string): boolean {
  const path = page.replace(/^[a-z]+:\/\/[^/]+/i, "");
  return reverseSlugs().some((slug) => path.endsWith(`/compare/${slug}/`));
}

// ---------------------------------------------------------------------------------------------
// Ratings

export interface SkillComparison {
  id: string;
  name: string;
  a: Cell;
  b: Cell;
  /** The role that needs more of this area, or null when their ratings share a level. */
  leader: RoleId | null;
  /** How many levels apart the two ratings are (midpoints of ranges); 0 when equal. */
  gap: number;
}

/** Two ratings overlap when they share at least one level (Basic–Medium and Medium do). */
export function overlaps(x: Pick<Cell, "min" | "max">, y: Pick<Cell, "min" | "max">): boolean {
  return Math.max(levelNumber(x.min), levelNumber(y.min)) <= Math.min(levelNumber(x.max), levelNumber(y.max));
}

/** Every skill area, in the matrix's order, with the two roles' ratings and who leads. */
export function compareSkills(matrix: Matrix, a: RoleId, b: RoleId): SkillComparison[] {
  const role = (id: RoleId) => {
    const r = matrix.roles.find((x) => x.id === id);
    if (!r) throw new Error(`compare: unknown role ${id}`);
    return r;
  };
  const [ra, rb] = [role(a), role(b)];
  return matrix.skills.map((s) => {
    const ca = ra.skills[s.id]!;
    const cb = rb.skills[s.id]!;
    const leader = overlaps(ca, cb) ? null : ca.value > cb.value ? a : b;
    return { id: s.id, name: s.name, a: ca, b: cb, leader, gap: Math.abs(ca.value - cb.value) };
  });
}

export interface SkillSummary {
  /** Areas where the ratings share a level, in matrix order. */
  even: SkillComparison[];
  /** Areas where the first role leads, widest gap first (ties in matrix order). */
  aLeads: SkillComparison[];
  /** Areas where the second role leads, widest gap first. */
  bLeads: SkillComparison[];
}

export function summarizeSkills(rows: readonly SkillComparison[], a: RoleId, b: RoleId): SkillSummary {
  // Array.prototype.sort is stable, so equal gaps keep the matrix's order.
  const byGap = (list: SkillComparison[]) => list.sort((x, y) => y.gap - x.gap);
  return {
    even: rows.filter((r) => r.leader === null),
    aLeads: byGap(rows.filter((r) => r.leader === a)),
    bLeads: byGap(rows.filter((r) => r.leader === b)),
  };
}

// ---------------------------------------------------------------------------------------------
// Tools

export interface ToolGroup {
  group: string;
  items: readonly string[];
}

interface Tool {
  label: string;
  /** The name without its parenthesis, e.g. "Python" for "Python (pandas, NumPy)". */
  base: string;
  key: string;
  /** Lower-cased names the parenthesis lists, e.g. aws, azure, gcp for "Cloud platforms (such as AWS, Azure, or GCP)". */
  examples: string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function readTool(label: string, words: CompareWords["toolExamples"]): Tool {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(label);
  const base = (m ? m[1]! : label).trim();
  const [suchAs, or, and] = [words.suchAs, words.or, words.and].map(escapeRegExp);
  const examples = m
    ? m[2]!
        .replace(new RegExp(`^${suchAs}\\s+`, "i"), "")
        .split(new RegExp(`\\s*,\\s*(?:${or}\\s+|${and}\\s+)?|\\s+${or}\\s+|\\s+${and}\\s+`))
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean)
    : [];
  return { label, base, key: base.toLowerCase(), examples };
}

/** Two tools are the same when their names match, or one names the other among its examples. */
function sameTool(x: Tool, y: Tool): boolean {
  return x.key === y.key || x.examples.includes(y.key) || y.examples.includes(x.key);
}

export interface SharedTool {
  /** What to call the shared tool: the more specific side's names. */
  label: string;
  /** The items as the first role lists them. */
  a: string[];
  /** The items as the second role lists them. */
  b: string[];
}

export interface ToolComparison {
  shared: SharedTool[];
  onlyA: string[];
  onlyB: string[];
}

/**
 * Tools both roles use and tools only one lists. "Python (pandas, NumPy)" and "Python" are one
 * tool; "Cloud platforms (such as AWS, Azure, or GCP)" matches AWS, Azure and GCP together
 * (`words` reads the parenthesis in the tools' language: "como AWS, Azure o GCP").
 */
export function compareTools(aGroups: readonly ToolGroup[], bGroups: readonly ToolGroup[], words: Pick<CompareWords, "toolExamples"> = ENGLISH_WORDS): ToolComparison {
  const unique = (groups: readonly ToolGroup[]) => [...new Set(groups.flatMap((g) => g.items))].map((label) => readTool(label, words.toolExamples));
  const as = unique(aGroups);
  const bs = unique(bGroups);
  // Connected groups of matching tools across the two lists (usually one to one).
  const parent = [...as, ...bs].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  as.forEach((x, i) =>
    bs.forEach((y, j) => {
      if (sameTool(x, y)) parent[find(i)] = find(as.length + j);
    }),
  );
  const matchedA = as.map((x) => bs.some((y) => sameTool(x, y)));
  const matchedB = bs.map((y) => as.some((x) => sameTool(x, y)));
  const components = new Map<number, { a: Tool[]; b: Tool[] }>();
  as.forEach((x, i) => {
    if (!matchedA[i]) return;
    const root = find(i);
    if (!components.has(root)) components.set(root, { a: [], b: [] });
    components.get(root)!.a.push(x);
  });
  bs.forEach((y, j) => {
    if (!matchedB[j]) return;
    components.get(find(as.length + j))!.b.push(y);
  });
  const shared = [...components.values()].map(({ a, b }) => {
    // Name it by the side that is more specific: more items, or the one the other lists as an example.
    const bMoreSpecific = b.length > a.length || (b.length === a.length && a.some((x) => b.some((y) => x.examples.includes(y.key))));
    const names = (bMoreSpecific ? b : a).map((t) => t.base);
    return { label: names.join(", "), a: a.map((t) => t.label), b: b.map((t) => t.label) };
  });
  return {
    shared,
    onlyA: as.filter((_, i) => !matchedA[i]).map((t) => t.label),
    onlyB: bs.filter((_, j) => !matchedB[j]).map((t) => t.label),
  };
}

// ---------------------------------------------------------------------------------------------
// Career moves

type Move = Extract<PathEntry, { type: "move" }>;
type Stage = Extract<PathEntry, { type: "stage" }>;
type Route = Extract<PathEntry, { type: "route" }>;

export interface CareerMove {
  from: RoleId;
  to: RoleId;
  /** The stages passed on the way (none for a direct move). */
  via: ({ id: string } & NameWithForms)[];
  /** Each step's note, in order. */
  steps: { id: string; note: string }[];
  /** The named route the steps belong to. */
  route: { id: string; name: string } | undefined;
  /** Other starting points the first step also names (e.g. Business Analyst). */
  alsoFrom: ({ id: string } & NameWithForms)[];
}

/**
 * The moves the career graph has between two roles, either way: direct moves, then moves through
 * one stage that is not itself a role (Data Analyst, Senior Analyst, Data Scientist). Stages are
 * named from the graph, roles by `roleNamed`.
 */
export function movesBetween(paths: readonly PathEntry[], a: RoleId, b: RoleId, roleNamed: (id: RoleId) => NameWithForms): CareerMove[] {
  const moves = paths.filter((e): e is Move => e.type === "move");
  const stages = new Map(paths.filter((e): e is Stage => e.type === "stage").map((s) => [s.id, s]));
  const routes = new Map(paths.filter((e): e is Route => e.type === "route").map((r) => [r.id, r]));
  const named = (id: string) => {
    const stage = stages.get(id);
    const { name, forms } = stage ?? roleNamed(id as RoleId);
    return { id, name, forms };
  };
  const routeOf = (m: Move) => {
    const r = routes.get(m.route);
    return r ? { id: r.id, name: r.name } : undefined;
  };
  const out: CareerMove[] = [];
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const m of moves)
      if (m.from.includes(from) && m.to === to)
        out.push({ from, to, via: [], steps: [{ id: m.id, note: m.note }], route: routeOf(m), alsoFrom: m.from.filter((f) => f !== from).map(named) });
    for (const first of moves) {
      if (!first.from.includes(from) || !stages.has(first.to)) continue;
      for (const second of moves)
        if (second.from.includes(first.to) && second.to === to)
          out.push({
            from,
            to,
            via: [named(first.to)],
            steps: [
              { id: first.id, note: first.note },
              { id: second.id, note: second.note },
            ],
            route: routeOf(second),
            alsoFrom: first.from.filter((f) => f !== from).map(named),
          });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Hiring

/** Company stages in the order a company grows through them, as the role data keys them (English names). */
export const HIRING_STAGES = [
  { id: "startup", name: "At a startup" },
  { id: "growing", name: "At a growing company" },
  { id: "enterprise", name: "At a large enterprise" },
] as const;
export type HiringStage = (typeof HIRING_STAGES)[number]["id"];
type Hiring = { [S in HiringStage]?: string | undefined };

/** The stages at least one of the two roles says something about, with each one's text (or undefined), named in `words`. */
export function hiringByStage(
  a: Hiring,
  b: Hiring,
  words: Pick<CompareWords, "hiringStages"> = ENGLISH_WORDS,
): { id: HiringStage; name: string; a: string | undefined; b: string | undefined }[] {
  return HIRING_STAGES.filter((s) => a[s.id] || b[s.id]).map((s) => ({ id: s.id, name: words.hiringStages[s.id], a: a[s.id], b: b[s.id] }));
}

// ---------------------------------------------------------------------------------------------
// Which should you choose

export interface ChoiceAdvice {
  role: RoleId;
  /** Skill areas this role needs more of, widest gap first (at most `limit`). */
  deeper: SkillComparison[];
  /** Skill areas the other role needs more of: what choosing this one lets you go lighter on. */
  lighter: SkillComparison[];
}

/** Advice for each role of the pair, from the areas where it leads and where the other does. */
export function chooseBetween(summary: SkillSummary, a: RoleId, b: RoleId, limit = 3): [ChoiceAdvice, ChoiceAdvice] {
  const top = (list: SkillComparison[]) => list.slice(0, limit);
  return [
    { role: a, deeper: top(summary.aLeads), lighter: top(summary.bLeads) },
    { role: b, deeper: top(summary.bLeads), lighter: top(summary.aLeads) },
  ];
}

/**
 * The areas both roles rate alike, split by how much they need: `shared` where both need at least
 * Medium (worth learning whichever you pick), `light` where neither needs more than Basic.
 */
export function commonGround(even: readonly SkillComparison[]): { shared: SkillComparison[]; light: SkillComparison[] } {
  const medium = levelNumber("medium");
  const basic = levelNumber("basic");
  return {
    shared: even.filter((r) => Math.min(r.a.value, r.b.value) >= medium),
    light: even.filter((r) => Math.max(r.a.value, r.b.value) <= basic),
  };
}

/** How many of the skill areas the two roles rate apart: a rough measure of how different they are. */
export function differenceCount(rows: readonly SkillComparison[]): number {
  return rows.filter((r) => r.leader !== null).length;
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** A skill area as the sentences name it: the caller's choice of case (see skillInText). */
type Named = (row: SkillComparison) => string;

/** One pair's line on the comparisons page: how many areas differ, and where each role leads most. */
export function pairGist(
  p: { differ: number; total: number; a: NameWithForms; b: NameWithForms; topA: SkillComparison | undefined; topB: SkillComparison | undefined },
  named: Named,
  words: CompareWords = ENGLISH_WORDS,
): string {
  const differ = plural(words.locale, words.gist.differ, p.differ, { total: formatNumber(words.locale, p.total) });
  return p.topA && p.topB
    ? fill(words.gist.leads, { differ, ...nameValues("a", p.a), ...nameValues("b", p.b), skillA: named(p.topA), skillB: named(p.topB) })
    : fill(words.gist.plain, { differ });
}

/** "Choose the X if…": why to pick `self` over `other`, from the areas it leads in and those it does not. */
export function choiceText(advice: ChoiceAdvice, self: NameWithForms, other: NameWithForms, named: Named, words: CompareWords = ENGLISH_WORDS): string {
  const list = (rows: SkillComparison[]) => listInWords(rows.map(named), "and", words);
  const roles = { ...nameValues("self", self), ...nameValues("other", other) };
  const why = advice.deeper.length
    ? plural(words.locale, words.choose.deeper, advice.deeper.length, { skills: list(advice.deeper), ...roles })
    : fill(words.choose.noDeeper, roles);
  return advice.lighter.length ? why + fill(words.choose.lighter, { skills: list(advice.lighter), ...roles }) : why;
}

/** What the two roles need alike (see commonGround), in words; empty when they share nothing worth saying. */
export function commonGroundText(common: { shared: SkillComparison[]; light: SkillComparison[] }, named: Named, words: CompareWords = ENGLISH_WORDS): string {
  const shared = common.shared.length ? fill(words.choose.shared, { skills: listInWords(common.shared.map(named), "and", words) }) : "";
  const light = common.light.length ? fill(words.choose.light, { skills: listInWords(common.light.map(named), "or", words) }) : "";
  return (shared + light).trim();
}

/** Who else can make a move's (first) step, or "" when nobody else is named. */
export function alsoFromText(move: Pick<CareerMove, "alsoFrom" | "via">, words: CompareWords = ENGLISH_WORDS): string {
  if (!move.alsoFrom.length) return "";
  return fill(move.via.length ? words.moves.alsoFirstStep : words.moves.alsoMove, namesValues("names", words.locale, move.alsoFrom));
}

// ---------------------------------------------------------------------------------------------
// Words

/**
 * "a", "a and b", "a, b, and c": the language's list (Intl), with English's serial comma. An item
 * with the conjunction in its own name ("cloud and deployment") is kept apart: with "as well as"
 * for two items in English, or by the language's `itemWithAnd` ("el área de nube y despliegue").
 */
export function listInWords(items: readonly string[], conjunction: "and" | "or" = "and", words: Pick<CompareWords, "locale" | "list"> = ENGLISH_WORDS): string {
  const hasAnd = (item: string) => item.includes(` ${words.list.and} `);
  if (items.length === 2 && conjunction === "and" && words.list.twoWithAnd && items.some(hasAnd)) return fill(words.list.twoWithAnd, { a: items[0]!, b: items[1]! });
  const kept =
    items.length > 1 && words.list.itemWithAnd !== "{item}" && items.some(hasAnd)
      ? [...items.filter((i) => !hasAnd(i)), ...items.filter(hasAnd).map((item) => fill(words.list.itemWithAnd, { item }))]
      : items;
  return formatList(words.locale, kept, conjunction === "and" ? "conjunction" : "disjunction");
}

/**
 * A skill area's name inside a sentence: lower case ("machine learning"), except acronyms (SQL)
 * and names the area's own description capitalizes mid-sentence (Python).
 */
export function skillInText(name: string, description = ""): string {
  const first = name.split(/\s+/)[0]!;
  if (/^[A-Z0-9]{2,}$/.test(first)) return name;
  const escaped = escapeRegExp(name);
  if (new RegExp(`(?<![.!?]\\s*)(?<=\\S\\s+)${escaped}\\b`).test(description)) return name;
  return name[0]!.toLowerCase() + name.slice(1);
}

/** "1 level" or "1.5 levels" (in `words`' language: "1,5 niveles"). */
export function levelsInWords(gap: number, words: Pick<CompareWords, "locale" | "levels"> = ENGLISH_WORDS): string {
  return plural(words.locale, words.levels, gap);
}

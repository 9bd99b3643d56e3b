// What the role pages compute from the data, beyond reading fields: the widest skill gaps to
// each other role, the relative pay ladder, hiring by company stage, a role's strongest areas,
// how many of its ratings come from the source matrix. Pure, so the pages only lay it out; the
// words around the results come from the pages' dictionaries.
import type { Cell, Matrix } from "./matrix";
import type { RoleData } from "./schemas";
import { ROLE_IDS, canonicalPair, pairSlug, type RoleId } from "./roles";

export function rolePath(id: RoleId): string {
  return `/roles/${id}/`;
}

/** The paginated list of the articles about a role. */
export function roleArticlesPath(id: RoleId): string {
  return `/articles/roles/${id}/`;
}

export function comparePath(a: RoleId, b: RoleId): string {
  return `/compare/${pairSlug(a, b)}/`;
}

function matrixRole(matrix: Matrix, id: RoleId) {
  const r = matrix.roles.find((x) => x.id === id);
  if (!r) throw new Error(`unknown role ${id}`);
  return r;
}

export interface SkillGap {
  skill: string;
  /** The skill area's name as the matrix writes it. */
  name: string;
  mine: Cell;
  theirs: Cell;
  /** theirs.value - mine.value: positive where the other role needs more. */
  gap: number;
}

export interface RoleComparison {
  other: RoleId;
  otherName: string;
  /** The pair in the fixed order, as the comparison page names it. */
  pair: [RoleId, RoleId];
  href: string;
  /** The skill areas where the two differ most, widest first (only areas where they differ). */
  gaps: SkillGap[];
}

/** One entry per other role, in the fixed role order, with the `n` widest skill gaps. */
export function comparisonsFor(matrix: Matrix, role: RoleId, n = 2): RoleComparison[] {
  const me = matrixRole(matrix, role);
  return ROLE_IDS.filter((id) => id !== role).map((other) => {
    const them = matrixRole(matrix, other);
    const gaps = matrix.skills
      .map((s, i) => ({ i, gap: { skill: s.id, name: s.name, mine: me.skills[s.id]!, theirs: them.skills[s.id]!, gap: them.skills[s.id]!.value - me.skills[s.id]!.value } }))
      .filter(({ gap }) => gap.gap !== 0)
      // Widest first; equal gaps keep the skill areas' own order, so the result is stable.
      .sort((a, b) => Math.abs(b.gap.gap) - Math.abs(a.gap.gap) || a.i - b.i)
      .slice(0, n)
      .map(({ gap }) => gap);
    return { other, otherName: them.name, pair: canonicalPair(role, other), href: comparePath(role, other), gaps };
  });
}

/** The skill areas a role rates highest, `n` of them, ties in skill order. */
export function strongestSkills(matrix: Matrix, role: RoleId, n = 3): { skill: string; name: string; cell: Cell }[] {
  const me = matrixRole(matrix, role);
  return matrix.skills
    .map((s, i) => ({ i, skill: s.id, name: s.name, cell: me.skills[s.id]! }))
    .sort((a, b) => b.cell.value - a.cell.value || a.i - b.i)
    .slice(0, n)
    .map(({ skill, name, cell }) => ({ skill, name, cell }));
}

/** How many of a role's ratings are copied from the source matrix and how many the site derived. */
export function ratingSources(matrix: Matrix, role: RoleId): { matrix: number; derived: number } {
  const cells = Object.values(matrixRole(matrix, role).skills);
  const fromMatrix = cells.filter((c) => c.source === "matrix").length;
  return { matrix: fromMatrix, derived: cells.length - fromMatrix };
}

type Tier = NonNullable<RoleData["compensation"]>["tier"];

/** The pay tiers the sources use, lowest first; pages name them from their dictionary. */
export const PAY_TIERS: readonly Tier[] = ["entry-to-mid", "higher", "highest"];

/** The roles the sources place on the pay ladder, by tier, lowest first; empty tiers left out. */
export function payLadder(roles: readonly { id: RoleId; data: Pick<RoleData, "name" | "compensation"> }[]) {
  return PAY_TIERS.map((tier) => ({
    tier,
    roles: roles
      .filter((r) => r.data.compensation?.tier === tier)
      .sort((a, b) => ROLE_IDS.indexOf(a.id) - ROLE_IDS.indexOf(b.id))
      .map((r) => ({ id: r.id, name: r.data.name })),
  })).filter((t) => t.roles.length > 0);
}

/** Company stages in size order; pages name them from their dictionary. */
export const HIRING_STAGES = ["startup", "growing", "enterprise"] as const;
export type HiringStage = (typeof HIRING_STAGES)[number];

/** Hiring by company stage in size order: what the sources say, and the stages they skip. */
export function hiringByStage(hiring: RoleData["hiring"]): { said: { stage: HiringStage; text: string }[]; unsaid: HiringStage[] } {
  return {
    said: HIRING_STAGES.flatMap((stage) => (hiring[stage] ? [{ stage, text: hiring[stage] }] : [])),
    unsaid: HIRING_STAGES.filter((stage) => !hiring[stage]),
  };
}

/** A role page's sections before the role's own written ones, in reading order; each key names its heading (roles.page.sections). */
const SECTIONS_BEFORE = ["purpose", "responsibilities", "example", "skills", "tools", "workflow", "fit", "pay", "hiring", "myths"] as const;
/** The sections after the written ones: the ways in and out, the comparisons, the reading and the next step. */
const SECTIONS_AFTER = ["paths", "compare", "reading", "next"] as const;
export type RoleSectionKey = (typeof SECTIONS_BEFORE)[number] | (typeof SECTIONS_AFTER)[number];

/** The id a role page's section heading is linked by: its key, but "next-step" for the next step. */
export function roleSectionId(key: RoleSectionKey): string {
  return key === "next" ? "next-step" : key;
}

/** The sections a role page shows, before and after its written ones: the myths and the reading list only when the role has any. */
export function roleSections(has: { myths: boolean; reading: boolean }): Record<"before" | "after", RoleSectionKey[]> {
  const shown = (key: RoleSectionKey) => (key !== "myths" || has.myths) && (key !== "reading" || has.reading);
  return { before: SECTIONS_BEFORE.filter(shown), after: SECTIONS_AFTER.filter(shown) };
}

/** A role page lists at most this many articles about the role, newest first. */
export const ROLE_PAGE_ARTICLES = 8;

/** What a role page's reading list shows: the newest articles about the role, and how many there are in all. */
export function roleReading<A extends { data: { roles: readonly string[] } }>(articles: readonly A[], role: RoleId, max = ROLE_PAGE_ARTICLES): { shown: A[]; total: number } {
  const about = articlesAbout(articles, role);
  return { shown: about.slice(0, max), total: about.length };
}

/** Articles whose front matter names the role, in the order given (newest first from getSite). */
export function articlesAbout<A extends { data: { roles: readonly string[] } }>(articles: readonly A[], role: RoleId): A[] {
  return articles.filter((a) => a.data.roles.includes(role));
}

/**
 * A list of `items` laid out by the language's own rules (Intl.ListFormat), with the items left
 * for the caller to render (as links, say): numbers are the items' indexes, strings the words
 * between them ("A, B, and C" -> [0, ", ", 1, ", and ", 2]). The items' own text is passed so
 * the joining words fit it (Spanish "y" becomes "e" before "ingeniero").
 */
export function listParts(lang: string, items: readonly string[], type: Intl.ListFormatType = "conjunction"): (number | string)[] {
  let next = 0;
  return new Intl.ListFormat(lang, { style: "long", type }).formatToParts(items).map((p) => (p.type === "element" ? next++ : p.value));
}

/** "production AI systems" from "Production AI systems": a phrase's first letter lowered for running text, unless its first word is an acronym. */
export function lowerFirst(phrase: string): string {
  const first = phrase.split(/\s/, 1)[0]!;
  return first.length > 1 && first === first.toUpperCase() ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);
}

/** "¿de dónde vienen…?" from "¿De dónde vienen…?": a sentence's first letter lowered, past any opening punctuation, where it runs on after a colon. */
export function lowerFirstLetter(sentence: string): string {
  return sentence.replace(/^([¿¡«“"(]*)(\p{Lu})/u, (_, open: string, letter: string) => open + letter.toLowerCase());
}

/** A role's name inside a sentence: as it is, or first letter lowered for languages that write job titles in lower case there. */
export function nameInText(name: string, lower: boolean): string {
  return lower ? lowerFirst(name) : name;
}

/** "an ML Engineer", "a Data Analyst": the article as the name is spoken (acronyms by their letters). */
export function withArticle(name: string): string {
  const first = name.split(/\s/, 1)[0]!;
  const acronym = first.length > 1 && first === first.toUpperCase();
  const vowelSound = acronym ? "AEFHILMNORSX".includes(first[0]!) : /^[aeiou]/i.test(first);
  return `${vowelSound ? "an" : "a"} ${name}`;
}

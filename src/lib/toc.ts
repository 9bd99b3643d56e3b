// The table of contents of an article, from the headings Astro's render() reports.

/** What render() gives for each Markdown heading (Astro's MarkdownHeading). */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  /** The heading's id, the link's fragment. */
  slug: string;
  text: string;
}

/** A piece with fewer sections than this reads fine without a table of contents. */
export const TOC_MIN_SECTIONS = 4;

/**
 * The sections (h2s) of an article, in order, followed by any sections the page adds after the
 * body (the FAQ). Empty when there are too few to need a table of contents.
 */
export function tableOfContents(headings: readonly Heading[], after: readonly TocEntry[] = [], minSections = TOC_MIN_SECTIONS): TocEntry[] {
  const entries = [...headings.filter((h) => h.depth === 2).map(({ slug, text }) => ({ slug, text })), ...after];
  return entries.length >= minSections ? entries : [];
}

/**
 * An id for a heading the page writes itself (not from Markdown), or a tag's URL: lower-case words joined by
 * hyphens, like Astro's own heading ids, with a suffix if `taken` already holds it.
 */
export function slugify(text: string, taken: ReadonlySet<string> = new Set()): string {
  const base =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\p{L}\p{N}\s-]/gu, "")
      .trim()
      .replace(/[\s-]+/g, "-") || "section";
  let slug = base;
  for (let n = 1; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** The text of a heading's rendered HTML, for the hidden label of its anchor link. */
export function headingText(html: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] !== "#") return entities[e.toLowerCase()] ?? m;
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The English headings of the sections a page adds after the body: the FAQ and the closing
 * "keep exploring" section. Pages take their language's from the dictionary (articles.faq.heading,
 * articles.next.heading); these stay for English defaults and must equal the English dictionary's.
 */
export const FAQ_HEADING = "Questions and answers";
export const NEXT_STEP_HEADING = "Keep exploring";

/** The headings pageSectionIds() makes ids from, in the page's language. */
export interface SectionHeadings {
  faq: string;
  nextStep: string;
}

export interface PageSectionIds {
  /** The FAQ section. */
  faq: string;
  /** Each FAQ question, in order. */
  questions: string[];
  /** The closing "keep exploring" section. */
  nextStep: string;
}

/**
 * Ids for the sections the page writes after the body (the FAQ, its questions, the next step),
 * chosen so none repeats an id the body's headings already use.
 */
export function pageSectionIds(
  bodySlugs: Iterable<string>,
  questions: readonly string[],
  headings: SectionHeadings = { faq: FAQ_HEADING, nextStep: NEXT_STEP_HEADING },
): PageSectionIds {
  const used = new Set(bodySlugs);
  const claim = (text: string) => {
    const slug = slugify(text, used);
    used.add(slug);
    return slug;
  };
  return { faq: claim(headings.faq), questions: questions.map(claim), nextStep: claim(headings.nextStep) };
}

/** A section a page writes itself: its heading's id and text. */
export interface PageSection {
  id: string;
  text: string;
}

/**
 * The sections a page writes around its written (Markdown) ones, from their headings in reading
 * order, a section left undefined not shown: each with an id that repeats none of `taken` (the
 * written headings' ids) nor another's, then ids for the FAQ's `questions` likewise. The contents
 * list is the sections in order.
 */
export function pageSections<T extends Record<string, string | undefined>>(headings: T, taken: Iterable<string>, questions: readonly string[] = []) {
  const used = new Set(taken);
  const claim = (text: string) => {
    const id = slugify(text, used);
    used.add(id);
    return id;
  };
  const sections = Object.fromEntries(
    Object.entries(headings).flatMap(([key, text]) => (text === undefined ? [] : [[key, { id: claim(text), text }]])),
  ) as { [K in keyof T]: T[K] extends string ? PageSection : PageSection | undefined };
  const shown = Object.values(sections).filter((s): s is PageSection => s !== undefined);
  return { sections, questionIds: questions.map(claim), toc: shown.map(({ id, text }): TocEntry => ({ slug: id, text })) };
}

// Article lists: URLs, tags and their labels, neighbours in time, dates (shown with
// formatDate(lang, date) from ./i18n-format). Pure, so the pages stay thin and the
// rules are unit-tested. Articles arrive newest first (getSite() sorts them).
import { readingTime, type ReadingTime } from "./reading-time";
import { slugify } from "./toc";

/** The fields these helpers read from an article entry. */
export interface ArticleLike {
  id: string;
  data: { tags: readonly string[]; pubDate: Date; draft: boolean };
}

export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/**
 * A tag's URL segment. Tags are already lower-case hyphenated words (the schema checks), so this
 * only guards against a tag that slipped past it.
 */
export function tagSlug(tag: string): string {
  return slugify(tag);
}

export function tagPath(tag: string): string {
  return `/articles/tags/${tagSlug(tag)}/`;
}

/** The paginated list of the articles that teach a skill area. */
export function skillArticlesPath(skill: string): string {
  return `/articles/skills/${skill}/`;
}

/**
 * Path segments under /articles/ that are lists, not articles: an article may not take one of
 * these, or a number (a list's page), as its slug (src/lib/content-rules.ts checks).
 */
export const LIST_SEGMENTS = ["tags", "roles", "skills"] as const;

/** Whether an id under /articles/ would be taken by a list (a list's name, or a page number). */
export function isListSegment(slug: string): boolean {
  return (LIST_SEGMENTS as readonly string[]).includes(slug) || /^\d+$/.test(slug);
}

export interface TagCount {
  tag: string;
  slug: string;
  count: number;
}

/**
 * A tag's label in a language, from the dictionary's map (articles.tags). A tag the map does not
 * know (a generated benchmark article's, a draft's new one) shows as its id; every tag the
 * published content uses has a label in every language (tests/unit/articles-i18n.test.ts).
 */
export function tagLabel(labels: Readonly<Record<string, string>>, tag: string): string {
  return labels[tagSlug(tag)] ?? tagSlug(tag);
}

/** Tags sorted for an index: most used first, then by label in the page's language. */
export function sortTags<T extends TagCount>(tags: readonly T[], label: (tag: string) => string, lang: string): T[] {
  const collator = new Intl.Collator(lang);
  return [...tags].sort((a, b) => b.count - a.count || collator.compare(label(a.tag), label(b.tag)));
}

/** Every tag in use, most used first, then alphabetically. */
export function collectTags(articles: readonly ArticleLike[]): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const a of articles)
    for (const tag of new Set(a.data.tags.map(tagSlug))) {
      const t = counts.get(tag) ?? { tag, slug: tag, count: 0 };
      t.count++;
      counts.set(tag, t);
    }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** The articles carrying a tag, in the order given. */
export function articlesTagged<A extends ArticleLike>(articles: readonly A[], slug: string): A[] {
  return articles.filter((a) => a.data.tags.some((t) => tagSlug(t) === slug));
}

/** Published articles only: drafts never reach a list, a feed or a page in production. */
export function published<A extends ArticleLike>(articles: readonly A[]): A[] {
  return articles.filter((a) => !a.data.draft);
}

export interface Neighbours<A> {
  /** Published before this one. */
  previous: A | undefined;
  /** Published after this one. */
  next: A | undefined;
}

/** The articles either side of `id` in time, given a newest-first list. */
export function neighbours<A extends ArticleLike>(newestFirst: readonly A[], id: string): Neighbours<A> {
  const i = newestFirst.findIndex((a) => a.id === id);
  if (i < 0) return { previous: undefined, next: undefined };
  return { previous: newestFirst[i + 1], next: i > 0 ? newestFirst[i - 1] : undefined };
}

/** "2026-11-02", for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

type Readable = { body?: string | undefined; data: { faq: readonly { question: string; answer: string }[] } };
// Counted once per article object: listing pages show every article's reading time.
const readingTimes = new WeakMap<Readable, ReadingTime>();

/** Reading time of an article: its MDX body plus its FAQ, which the page shows after the body. */
export function articleReadingTime(article: Readable): ReadingTime {
  let time = readingTimes.get(article);
  if (!time) readingTimes.set(article, (time = readingTime(article.body ?? "", article.data.faq.flatMap((f) => [f.question, f.answer]))));
  return time;
}

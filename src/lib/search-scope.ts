// Which pages the site search indexes, decided from the URL alone: the role pages, the comparison
// pages, the articles and the skill matrix. Lists, tag pages, the quiz and the rest stay out, so a
// search answers with the page that holds the content rather than every page that links to it.
import { isRoleId, pairSlug, parsePairSlug } from "./roles";
import { isListSegment } from "./articles";

/** The kind of indexed page; its name, shown with each result, is in the dictionary (search.sections). */
export type SearchSection = "role" | "comparison" | "article" | "skills";

/** The section a path belongs to in the search index, or null when it is not indexed. */
export function searchSection(path: string): SearchSection | null {
  const segments = path.split("/").filter(Boolean);
  if (!path.endsWith("/") || segments.length === 0) return null;
  const [top, slug, ...rest] = segments;
  if (rest.length > 0) return null;
  if (top === "skills" && slug === undefined) return "skills";
  if (slug === undefined) return null;
  if (top === "roles" && isRoleId(slug)) return "role";
  if (top === "compare" && isCanonicalPair(slug)) return "comparison";
  // /articles/<n>/ and /articles/tags|roles|skills/... are lists, never an article (content rules).
  if (top === "articles" && !isListSegment(slug) && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return "article";
  return null;
}

/** True when the search index covers the page at `path`. */
export function isSearchable(path: string): boolean {
  return searchSection(path) !== null;
}

// Only the fixed order is a page of its own; the reverse order redirects to it.
function isCanonicalPair(slug: string): boolean {
  const pair = parsePairSlug(slug);
  return pair !== null && pairSlug(...pair) === slug;
}

/** The filters the search page offers over articles: each article's roles, skill areas and tags, by id. */
export const ARTICLE_FILTERS = ["role", "skill", "tag"] as const;
export type ArticleFilter = (typeof ARTICLE_FILTERS)[number];

/**
 * One of an article's Pagefind filters, as the value of a data-pagefind-filter attribute on the
 * element that shows it ("role:data-analyst" on the link to the role): ids, the same in every
 * language, so one set of choices filters every language's index. Pagefind reads one filter per
 * attribute (a comma does not separate two), so each role, skill area and tag carries its own.
 */
export function filterValue(filter: ArticleFilter, id: string): string {
  return `${filter}:${id}`;
}

// Paginated article lists: the page size, each page's address, and which page numbers the
// navigation shows. The pages themselves come from Astro's paginate() (src/data/article-lists.ts);
// this is the arithmetic around it, pure and unit-tested.

/**
 * Articles per list page. Chosen by measurement (docs/speed.md, "Lists that scale"): a generated
 * article's summary (title, dates, description, tags) adds about 0.3 KB gzipped to a page, and the
 * largest list page (the articles index in Spanish, with its tag index) stays well within the
 * article-list budget at this size, while a reader sees a screenful of choices on a phone.
 */
export const ARTICLES_PER_PAGE = 20;

/** How many pages a list of `total` items fills: at least one, so an empty list still has a page saying so. */
export function pageCount(total: number, size = ARTICLES_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page n of the list whose first page is at `base` ("/articles/"): the first page keeps the base, the rest add their number. */
export function pagePath(base: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`pagePath: page ${n} is not a page number`);
  const b = base.endsWith("/") ? base : `${base}/`;
  return n === 1 ? b : `${b}${n}/`;
}

/** The page number a path segment stands for (Astro's paginate() gives "2", "3", ... and undefined for the first). */
export function pageNumber(param: string | undefined): number {
  return param === undefined ? 1 : Number(param);
}

/**
 * The page numbers the navigation lists, in order, with null where it skips some: always the
 * first and the last, and the pages within `around` of the current one. A gap of one page is shown
 * as that page rather than as a gap. E.g. current 7 of 20: 1, null, 6, 7, 8, null, 20.
 */
export function pageLinks(current: number, last: number, around = 1): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const prev = out.length ? out[out.length - 1] : undefined;
    if (typeof prev === "number" && n - prev === 2) out.push(prev + 1);
    else if (typeof prev === "number" && n - prev > 2) out.push(null);
    out.push(n);
  }
  return out;
}

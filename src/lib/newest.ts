// The newest articles, for whatever keeps a fixed number of them however many there are: each
// language's feed (FEED_ARTICLES) and each language's offline precache (PRECACHE_ARTICLES in
// ./precache). Pure.
import { published, type ArticleLike } from "./articles";

/**
 * How many articles each language's feed carries: the newest 50. A feed reader polls the whole
 * file, so it stays the same size however many articles there are (about 0.5 KB an item); the
 * channel links to the articles index, which lists every article.
 */
export const FEED_ARTICLES = 50;

/** How many of the newest articles the home page shows. */
export const HOME_ARTICLES = 3;

/** Newest first: by publication date, then by id, so two articles of one day keep one order. */
export function byNewest<A extends ArticleLike>(a: A, b: A): number {
  return b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);
}

/** The `n` newest published articles, newest first (drafts never count). */
export function newest<A extends ArticleLike>(articles: readonly A[], n: number): A[] {
  return published(articles).sort(byNewest).slice(0, Math.max(0, n));
}

// The paginated article lists, in every language: the articles index, each tag's list, each role's
// and each skill area's. One place turns a list of articles into Astro's paginate() pages, so every
// list has the same page size, the same addresses (the first page at the list's own URL, then
// 2/, 3/, ...) and the same cache keys.
import type { PaginateFunction } from "astro";
import { langParam } from "../i18n";
import { articlesTagged, collectTags } from "../lib/articles";
import { ARTICLES_PER_PAGE } from "../lib/pagination";
import { articlesAbout } from "../lib/role-page";
import { langPaths } from "./lang-paths";
import { articleText, getSite, type Article, type Site } from "./site";

/** One list before it is cut into pages: its own route params, what its pages are given, and its articles, newest first. */
export interface ArticleList<P extends Record<string, string>, T extends Record<string, unknown>> {
  params: P;
  props: T;
  articles: Article[];
}

/** getStaticPaths for a paginated list route ([...page]): every page of every list `lists` gives, in every language. */
export function listPaths<P extends Record<string, string>, T extends Record<string, unknown>>(
  paginate: PaginateFunction,
  lists: (site: Site) => ArticleList<P, T>[],
) {
  return langPaths(async (lang) =>
    lists(await getSite(lang)).flatMap((list) =>
      // Each page's key covers the words of the articles it lists.
      paginate(list.articles, { pageSize: ARTICLES_PER_PAGE, params: { ...list.params, lang: langParam(lang) }, props: list.props }).map((p) => ({ ...p, shows: p.props.page.data.map(articleText) })),
    ),
  );
}

/** The lists by kind, as listPaths takes them. */
export const LISTS = {
  /** /articles/: every published article. */
  all: (site: Site) => [{ params: {}, props: {}, articles: site.articles }],
  /** /articles/tags/<tag>/: the tags in use. */
  tags: (site: Site) => collectTags(site.articles).map((t) => ({ params: { tag: t.slug }, props: { tag: t.tag }, articles: articlesTagged(site.articles, t.slug) })),
  /** /articles/roles/<role>/: every role some article is about (a list is there when it has articles, as a tag's). */
  roles: (site: Site) =>
    site.roles.map((r) => ({ params: { role: r.id }, props: { role: r.id }, articles: articlesAbout(site.articles, r.id) })).filter((l) => l.articles.length > 0),
  /** /articles/skills/<area>/: every skill area some article teaches (its `skills`). */
  skills: (site: Site) =>
    site.skills.map((s) => ({ params: { skill: s.id }, props: { skill: s.id }, articles: site.articles.filter((a) => a.data.skills.includes(s.id)) })).filter((l) => l.articles.length > 0),
} satisfies Record<string, (site: Site) => ArticleList<Record<string, string>, Record<string, unknown>>[]>;

// The articles feed in each language: the newest FEED_ARTICLES published articles (src/lib/newest.ts),
// newest first, with links on the configured site; the channel links to the articles index, which
// lists the rest.
import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { articleText, getSite } from "../../data/site";
import { dictionary } from "../../i18n";
import { langPaths } from "../../data/lang-paths";
import { localePath } from "../../i18n/urls";
import { articlePath } from "../../lib/articles";
import { FEED_ARTICLES, newest } from "../../lib/newest";
import { fill } from "../../lib/i18n-format";

export const getStaticPaths = () => langPaths(async (lang) => [{ params: {}, props: {}, shows: newest((await getSite(lang)).articles, FEED_ARTICLES).map(articleText) }]);

export async function GET(context: APIContext<{ lang: string }>) {
  if (!context.site) throw new Error("rss.xml: set `site` in astro.config.mjs; feed links must be absolute");
  const { lang } = context.props;
  const t = dictionary(lang).common;
  const site = await getSite(lang);
  // getSite() keeps drafts in dev so authors can preview them; a feed never carries them.
  return rss({
    title: fill(t.feed.title, { site: t.site.name }),
    description: fill(dictionary(lang).articles.feedNewest, { description: t.feed.description, count: String(FEED_ARTICLES) }),
    // The channel's link: the articles index, where every article is listed (item links are
    // root-relative, so they resolve against the site's origin all the same).
    site: new URL(localePath(lang, "/articles/"), context.site).href,
    items: newest(site.articles, FEED_ARTICLES).map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.pubDate,
      link: localePath(lang, articlePath(a.id)),
      categories: [...a.data.tags],
    })),
    customData: `<language>${t.meta.rssLanguage}</language>`,
  });
}

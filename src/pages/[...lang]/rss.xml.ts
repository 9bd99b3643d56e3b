// The articles feed in each language: every published article, newest first, with links on the
// configured site.
import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getSite } from "../../data/site";
import { dictionary } from "../../i18n";
import { eachLang } from "../../data/lang-paths";
import { localePath } from "../../i18n/urls";
import { articlePath, published } from "../../lib/articles";
import { fill } from "../../lib/i18n-format";

export const getStaticPaths = eachLang;

export async function GET(context: APIContext<{ lang: string }>) {
  if (!context.site) throw new Error("rss.xml: set `site` in astro.config.mjs; feed links must be absolute");
  const { lang } = context.props;
  const t = dictionary(lang).common;
  const site = await getSite(lang);
  // getSite() keeps drafts in dev so authors can preview them; a feed never carries them.
  return rss({
    title: fill(t.feed.title, { site: t.site.name }),
    description: t.feed.description,
    site: context.site,
    items: published(site.articles).map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.pubDate,
      link: localePath(lang, articlePath(a.id)),
      categories: [...a.data.tags],
    })),
    customData: `<language>${t.meta.rssLanguage}</language>`,
  });
}

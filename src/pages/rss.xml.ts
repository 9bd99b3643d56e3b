// The articles feed: every published article, newest first, with links on the configured site.
import rss from "@astrojs/rss";
import type { APIContext } from "astro";
import { getSite } from "../data/site";
import { articlePath, published } from "../lib/articles";
import { SITE_NAME } from "../lib/site-config";

export async function GET(context: APIContext) {
  if (!context.site) throw new Error("rss.xml: set `site` in astro.config.mjs; feed links must be absolute");
  const site = await getSite();
  // getSite() keeps drafts in dev so authors can preview them; a feed never carries them.
  return rss({
    title: `${SITE_NAME}: articles`,
    description: "Long reads on the data and AI roles, how they differ, and the ideas behind the work.",
    site: context.site,
    items: published(site.articles).map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: a.data.pubDate,
      link: articlePath(a.id),
      categories: [...a.data.tags],
    })),
    customData: "<language>en-us</language>",
  });
}

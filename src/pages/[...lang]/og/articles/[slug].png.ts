// One share card per published article and language: its title, description and roles.
import type { APIRoute } from "astro";
import { articleCardNode, pngResponse, siteUrl, startDrawing } from "../../../../data/cards";
import { articleText, getSite, type Article } from "../../../../data/site";
import { langPaths } from "../../../../data/lang-paths";

// Listed before any page renders: the cards start drawing then, beside the article pages the build
// renders first, instead of after them with the build's own thread idle.
export const getStaticPaths = () =>
  langPaths(async (lang) => {
    const { articles } = await getSite(lang);
    startDrawing(await Promise.all(articles.map((article) => articleCardNode(siteUrl(), article, lang))));
    return articles.map((article) => ({ params: { slug: article.id }, props: { article }, shows: articleText(article) }));
  });

export const GET: APIRoute<{ article: Article; lang: string }> = async ({ site, props }) =>
  pngResponse(await articleCardNode(site, props.article, props.lang));

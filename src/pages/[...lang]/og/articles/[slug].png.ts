// One share card per published article and language: its title, description and roles.
import type { APIRoute } from "astro";
import { articleCardNode, pngResponse } from "../../../../data/cards";
import { articleText, getSite, type Article } from "../../../../data/site";
import { langPaths } from "../../../../data/lang-paths";

export const getStaticPaths = () =>
  langPaths(async (lang) => (await getSite(lang)).articles.map((article) => ({ params: { slug: article.id }, props: { article }, shows: articleText(article) })));

export const GET: APIRoute<{ article: Article; lang: string }> = async ({ site, props }) =>
  pngResponse(await articleCardNode(site, props.article, props.lang));

// One share card per published article: its title, description and roles.
import type { APIRoute, GetStaticPaths } from "astro";
import { articleCardNode, pngResponse } from "../../../data/cards";
import { getSite, type Article } from "../../../data/site";

export const getStaticPaths = (async () => {
  const { articles } = await getSite();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ site, props }) => pngResponse(await articleCardNode(site, props.article));

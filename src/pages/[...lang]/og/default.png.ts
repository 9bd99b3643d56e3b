// The site's share card in each language, for pages that have none of their own.
import type { APIRoute } from "astro";
import { defaultCardNode, pngResponse } from "../../../data/cards";
import { eachLang } from "../../../data/lang-paths";

export const getStaticPaths = eachLang;

export const GET: APIRoute<{ lang: string }> = async ({ site, props }) => pngResponse(await defaultCardNode(site, props.lang));

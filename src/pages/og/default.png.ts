// The site's share card, for pages that have none of their own.
import type { APIRoute } from "astro";
import { defaultCardNode, pngResponse } from "../../data/cards";

export const GET: APIRoute = async ({ site }) => pngResponse(await defaultCardNode(site));

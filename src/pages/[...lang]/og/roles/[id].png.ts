// One share card per role and language: its summary and its ratings as bars.
import type { APIRoute } from "astro";
import { pngResponse, roleCardNode } from "../../../../data/cards";
import { getSite } from "../../../../data/site";
import { langPaths } from "../../../../data/lang-paths";
import type { RoleId } from "../../../../lib/roles";

export const getStaticPaths = () => langPaths(async (lang) => (await getSite(lang)).roles.map((r) => ({ params: { id: r.id }, props: { id: r.id } })));

export const GET: APIRoute<{ id: RoleId; lang: string }> = async ({ site, props }) => pngResponse(await roleCardNode(site, props.id, props.lang));

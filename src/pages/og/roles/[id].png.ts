// One share card per role: its name, summary and ratings.
import type { APIRoute, GetStaticPaths } from "astro";
import { pngResponse, roleCardNode } from "../../../data/cards";
import { getSite } from "../../../data/site";
import type { RoleId } from "../../../lib/roles";

export const getStaticPaths = (async () => {
  const { roles } = await getSite();
  return roles.map((r) => ({ params: { id: r.id }, props: { id: r.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: RoleId }> = async ({ site, props }) => pngResponse(await roleCardNode(site, props.id));

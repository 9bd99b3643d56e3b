// The skill areas and the role skill matrix as open data (shape in src/lib/roles-api.ts).
import type { APIRoute } from "astro";
import { getSite } from "../../data/site";
import { rolesApi } from "../../lib/roles-api";

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(`${JSON.stringify(rolesApi(site.skills, site.roles, site.matrix), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};

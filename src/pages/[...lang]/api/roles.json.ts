// The skill areas and the role skill matrix as open data, in each language (shape in
// src/lib/roles-api.ts): ratings are the same everywhere; names and descriptions are translated.
import type { APIRoute } from "astro";
import { getSite } from "../../../data/site";
import { eachLang } from "../../../data/lang-paths";
import { localePath } from "../../../i18n/urls";
import { rolesApi } from "../../../lib/roles-api";

export const getStaticPaths = eachLang;

export const GET: APIRoute<{ lang: string }> = async ({ props }) => {
  const site = await getSite(props.lang);
  return new Response(`${JSON.stringify(rolesApi(site.skills, site.roles, site.matrix, (path) => localePath(props.lang, path)), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};

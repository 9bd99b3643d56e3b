// One share card per pair of roles and language: both roles' ratings side by side.
import type { APIRoute } from "astro";
import { compareCardNode, pngResponse } from "../../../../data/cards";
import { langPaths } from "../../../../data/lang-paths";
import { allPairs, pairSlug, type RoleId } from "../../../../lib/roles";

export const getStaticPaths = () => langPaths(() => allPairs().map(([a, b]) => ({ params: { pair: pairSlug(a, b) }, props: { a, b } })));

export const GET: APIRoute<{ a: RoleId; b: RoleId; lang: string }> = async ({ site, props }) =>
  pngResponse(await compareCardNode(site, props.a, props.b, props.lang));

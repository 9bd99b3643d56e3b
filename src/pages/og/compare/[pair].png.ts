// One share card per pair of roles, in the canonical order the comparison pages use.
import type { APIRoute, GetStaticPaths } from "astro";
import { compareCardNode, pngResponse } from "../../../data/cards";
import { allPairs, pairSlug, type RoleId } from "../../../lib/roles";

export const getStaticPaths = (() => allPairs().map(([a, b]) => ({ params: { pair: pairSlug(a, b) }, props: { a, b } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ a: RoleId; b: RoleId }> = async ({ site, props }) => pngResponse(await compareCardNode(site, props.a, props.b));

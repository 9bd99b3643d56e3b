// The six roles in their fixed order: the one place that decides canonical comparison URLs.

export const ROLE_IDS = [
  "data-analyst",
  "data-scientist",
  "ml-engineer",
  "data-engineer",
  "deep-learning-engineer",
  "ai-engineer",
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export function isRoleId(x: unknown): x is RoleId {
  return typeof x === "string" && (ROLE_IDS as readonly string[]).includes(x);
}

/** Sorts two role ids into the fixed order. */
export function canonicalPair(a: RoleId, b: RoleId): [RoleId, RoleId] {
  return ROLE_IDS.indexOf(a) <= ROLE_IDS.indexOf(b) ? [a, b] : [b, a];
}

export function pairSlug(a: RoleId, b: RoleId): string {
  const [x, y] = canonicalPair(a, b);
  return `${x}-vs-${y}`;
}

/** Every unordered pair once, in the fixed order: 15 for six roles. */
export function allPairs(): [RoleId, RoleId][] {
  const pairs: [RoleId, RoleId][] = [];
  ROLE_IDS.forEach((a, i) => ROLE_IDS.slice(i + 1).forEach((b) => pairs.push([a, b])));
  return pairs;
}

/** Reads "<a>-vs-<b>"; null when either side is not a known role. */
export function parsePairSlug(slug: string): [RoleId, RoleId] | null {
  for (const a of ROLE_IDS) {
    if (!slug.startsWith(`${a}-vs-`)) continue;
    const b = slug.slice(a.length + 4);
    if (isRoleId(b) && b !== a) return [a, b];
  }
  return null;
}

/** The three layers of 000 plus the data foundation the Data Engineer builds under them. */
export const LAYERS = [
  { id: "foundation", name: "Data foundation", question: "Where does the data come from, and can we trust it?" },
  { id: "descriptive", name: "Descriptive", question: "What happened, and why?" },
  { id: "predictive", name: "Predictive", question: "What will happen?" },
  { id: "production", name: "Production", question: "How does it run in production, at scale?" },
] as const;
export type LayerId = (typeof LAYERS)[number]["id"];
// Marked pure so the quiz bundle, which only needs pair slugs, drops the layer data.
export const LAYER_IDS = /* @__PURE__ */ LAYERS.map((l) => l.id) as unknown as readonly [LayerId, ...LayerId[]];

/**
 * The class that gives an element a role's colour as --role and --c (src/styles/tokens.css has
 * one rule per role): the Content-Security-Policy allows no style attributes to set them. Takes
 * any string because graph nodes and chart series carry ids as strings; a non-role id stops the
 * build rather than leaving an element without its colour.
 */
export function roleClass(id: string): `role-${RoleId}` {
  if (!isRoleId(id)) throw new Error(`roleClass: "${id}" is not a role id`);
  return `role-${id}`;
}

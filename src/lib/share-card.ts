// Which share-card image a page gets, decided by its path alone, so no page has to wire one up:
// role, comparison and article pages have their own card (src/pages/og/), the rest the site's.
import { canonicalPair, isRoleId, pairSlug, parsePairSlug, ROLE_IDS, type RoleId } from "./roles";
import { SITE_NAME, SITE_TAGLINE } from "./site-config";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const DEFAULT_CARD = "/og/default.png";

export type CardTarget =
  | { kind: "default"; image: string }
  | { kind: "role"; image: string; role: RoleId }
  | { kind: "compare"; image: string; pair: [RoleId, RoleId] }
  | { kind: "article"; image: string; slug: string };

export const roleCardPath = (id: RoleId) => `/og/roles/${id}.png`;
export const compareCardPath = (a: RoleId, b: RoleId) => `/og/compare/${pairSlug(a, b)}.png`;
export const articleCardPath = (slug: string) => `/og/articles/${slug}.png`;

/** The card for a page path: /roles/<id>/, /compare/<a>-vs-<b>/ (either order), /articles/<slug>/. */
export function cardFor(pathname: string): CardTarget {
  const [section, slug, ...rest] = pathname.split("/").filter(Boolean);
  if (slug && rest.length === 0) {
    if (section === "roles" && isRoleId(slug)) return { kind: "role", image: roleCardPath(slug), role: slug };
    if (section === "compare") {
      const pair = parsePairSlug(slug);
      // The reverse order is a redirect to the canonical page: it shares that page's card.
      if (pair) return { kind: "compare", image: compareCardPath(...pair), pair: canonicalPair(...pair) };
    }
    if (section === "articles" && slug !== "tags") return { kind: "article", image: articleCardPath(slug), slug };
  }
  return { kind: "default", image: DEFAULT_CARD };
}

/** Path of a page's share-card image. */
export function ogImageFor(pathname: string): string {
  return cardFor(pathname).image;
}

export interface AltContext {
  /** The page's own title (an article's headline). */
  title: string;
  roleName: (id: RoleId) => string | undefined;
  skillCount: number;
  /** The roles an article names, as its card shows them. */
  articleRoles: (slug: string) => readonly RoleId[];
}

/** What the card shows, for og:image:alt and twitter:image:alt. */
export function ogImageAlt(target: CardTarget, ctx: AltContext): string {
  const name = (id: RoleId) => ctx.roleName(id) ?? id;
  switch (target.kind) {
    case "role":
      return `${name(target.role)}: the role's summary and a bar chart of its ratings in ${ctx.skillCount} skill areas, from Low to Advanced.`;
    case "compare": {
      const [a, b] = target.pair.map(name);
      return `${a} vs ${b}: a bar chart of both roles' ratings side by side in ${ctx.skillCount} skill areas, from Low to Advanced.`;
    }
    case "article": {
      const roles = ctx.articleRoles(target.slug).map(name);
      return `“${ctx.title}”, with the article's summary${roles.length ? ` and the roles it covers: ${listOf(roles)}` : ""}.`;
    }
    case "default":
      return `${SITE_NAME}: ${SITE_TAGLINE}, above its ${ROLE_IDS.length} roles, each with a small column chart of its skill ratings.`;
  }
}

/** "A", "A and B", "A, B and C". */
function listOf(items: readonly string[]): string {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

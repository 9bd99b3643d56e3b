// Which share-card image a page gets, decided by its path alone, so no page has to wire one up:
// role, comparison and article pages have their own card (src/pages/og/), the rest the site's.
import { isListSegment } from "./articles";
import englishCommon from "../i18n/dictionaries/en/common";
import { canonicalPair, isRoleId, pairSlug, parsePairSlug, ROLE_IDS, type RoleId } from "./roles";
import { SITE_NAME, SITE_TAGLINE } from "./site-config";
import { fill } from "./i18n-format";
import { nameValues, namesValues, type Named } from "./name-forms";

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
    // /articles/2/ and /articles/tags|roles|skills/ are lists, which take the site's card.
    if (section === "articles" && !isListSegment(slug)) return { kind: "article", image: articleCardPath(slug), slug };
  }
  return { kind: "default", image: DEFAULT_CARD };
}

/** Path of a page's share-card image. */
export function ogImageFor(pathname: string): string {
  return cardFor(pathname).image;
}

/** The alt text's templates, from the dictionary (common.cardAlt); English by default. */
export interface AltWords {
  role: string;
  compare: string;
  article: string;
  articleWithRoles: string;
  default: string;
}

export const ENGLISH_ALT_WORDS: AltWords = englishCommon.cardAlt;

export interface AltContext {
  /** The page's own title (an article's headline). */
  title: string;
  /** A role's name and its forms in the page's language. */
  roleNamed: (id: RoleId) => Named | undefined;
  skillCount: number;
  /** The roles an article names, as its card shows them. */
  articleRoles: (slug: string) => readonly RoleId[];
  /** The page's language, for the list of roles. */
  lang?: string;
  words?: AltWords;
  /** The site's name and tagline in the page's language. */
  site?: { name: string; tagline: string };
}

/** What the card shows, for og:image:alt and twitter:image:alt. */
export function ogImageAlt(target: CardTarget, ctx: AltContext): string {
  const named = (id: RoleId): Named => ctx.roleNamed(id) ?? { name: id, forms: { text: id, plural: id, the: id, thePlural: id, a: id, of: id, to: id, gender: "none" } };
  const w = ctx.words ?? ENGLISH_ALT_WORDS;
  const count = ctx.skillCount;
  switch (target.kind) {
    case "role":
      return fill(w.role, { ...nameValues("role", named(target.role)), count });
    case "compare": {
      const [a, b] = target.pair.map(named);
      return fill(w.compare, { ...nameValues("a", a!), ...nameValues("b", b!), count });
    }
    case "article": {
      const roles = ctx.articleRoles(target.slug).map(named);
      return roles.length ? fill(w.articleWithRoles, { title: ctx.title, ...namesValues("roles", ctx.lang ?? "en", roles) }) : fill(w.article, { title: ctx.title });
    }
    case "default":
      return fill(w.default, { site: ctx.site?.name ?? SITE_NAME, tagline: ctx.site?.tagline ?? SITE_TAGLINE, count: ROLE_IDS.length });
  }
}

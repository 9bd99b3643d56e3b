// What the share-card endpoints (src/pages/og/) draw, from the same data the pages show: role
// names, summaries and ratings from getSite(), colours from tokens.css itself.
import tokensCss from "../styles/tokens.css?raw";
import { articleCard, cardPalette, cardRatings, compareCard, defaultCard, pairRatings, roleCard, type CardFrame, type CardNode, type CardRole } from "../lib/og-card";
import { roleVector } from "../lib/matrix";
import { CARD_FONT } from "../lib/og-render";
import { cachedCard, warmCards } from "../lib/og-cache";
import { cardPool } from "../lib/og-pool";
import { isRoleId, type RoleId } from "../lib/roles";
import { dictionary } from "../i18n";
import { lightRoleColours } from "../lib/tokens";
import { getSite, type Article } from "./site";

const colours = lightRoleColours(tokensCss);

async function context(site: URL | undefined, lang: string) {
  const data = await getSite(lang);
  const t = dictionary(lang).common;
  const frame: CardFrame = {
    siteName: t.site.name,
    host: (site ?? new URL("http://localhost:4321")).host,
    palette: cardPalette(tokensCss),
    font: CARD_FONT,
    words: t.card,
  };
  const role = (id: RoleId): CardRole => ({ id, name: data.roleById.get(id)!.data.name, colour: colours[id] });
  return { data, frame, role };
}

export async function defaultCardNode(site: URL | undefined, lang: string): Promise<CardNode> {
  const { data, frame, role } = await context(site, lang);
  return defaultCard(frame, { tagline: dictionary(lang).common.site.tagline, roles: data.roles.map((r) => ({ ...role(r.id), values: roleVector(data.matrix, r.id) })) });
}

export async function roleCardNode(site: URL | undefined, id: RoleId, lang: string): Promise<CardNode> {
  const { data, frame, role } = await context(site, lang);
  return roleCard(frame, { role: role(id), summary: data.roleById.get(id)!.data.summary, ratings: cardRatings(data.matrix, id) });
}

export async function compareCardNode(site: URL | undefined, a: RoleId, b: RoleId, lang: string): Promise<CardNode> {
  const { data, frame, role } = await context(site, lang);
  return compareCard(frame, { a: role(a), b: role(b), ratings: pairRatings(data.matrix, a, b) });
}

export async function articleCardNode(site: URL | undefined, article: Article, lang: string): Promise<CardNode> {
  const { frame, role } = await context(site, lang);
  const { title, description, roles } = article.data;
  return articleCard(frame, { title, description, roles: roles.filter(isRoleId).map(role) });
}

/** A PNG response for an endpoint: from the card cache, else drawn by the worker pool. */
export async function pngResponse(card: CardNode): Promise<Response> {
  const png = await cachedCard(card, (c) => cardPool().render(c));
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
}

/**
 * Starts drawing cards in the worker pool while the build goes on (see warmCards): only in a
 * build, where every card is wanted; the dev server draws a card when it is asked for.
 */
export function startDrawing(cards: readonly CardNode[]): void {
  if (import.meta.env.PROD) warmCards(cards, (c) => cardPool().render(c));
}

/** The site's address as the endpoints get it (Astro's `site`), for cards drawn ahead of them. */
export const siteUrl = (): URL | undefined => (import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);

// Share cards cached on disk by a hash of everything that shapes them (src/lib/og-render.ts
// cardKey), so a build draws only new or changed cards. The folder survives between builds and a
// CI cache can keep it; deleting it is always safe (the next build draws every card again).
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CardNode } from "./og-card";
import { cardKey, rendererFingerprint } from "./og-render";

/** Where cards are kept: OG_CACHE_DIR, else .cache/og-cards under the project (outside node_modules, which `npm ci` wipes). */
export const CARD_CACHE_DIR = process.env["OG_CACHE_DIR"] ?? join(process.cwd(), ".cache/og-cards");

let fingerprint: string | undefined;

/** Cards being read or drawn, by file: a card asked for twice meanwhile is drawn once. */
const pending = new Map<string, Promise<Uint8Array>>();

function cardFile(card: CardNode, dir: string): string {
  fingerprint ??= rendererFingerprint();
  return join(dir, `${cardKey(card, fingerprint)}.png`);
}

/** The card's PNG from the cache, or drawn by `render` and stored. */
export function cachedCard(card: CardNode, render: (card: CardNode) => Promise<Uint8Array>, dir = CARD_CACHE_DIR): Promise<Uint8Array> {
  const file = cardFile(card, dir);
  let png = pending.get(file);
  if (!png) {
    png = readOrDraw(file, card, render, dir).finally(() => pending.delete(file));
    pending.set(file, png);
  }
  return png;
}

/**
 * Starts drawing each card that is neither on disk nor on its way, without waiting for it. A card
 * route calls this while the build lists its pages, before any renders, so the drawing overlaps
 * the HTML pages the build renders first; the route's endpoints then meet the same drawing (or the
 * file). A failure is left for the endpoint, which asks again and reports it.
 */
export function warmCards(cards: readonly CardNode[], render: (card: CardNode) => Promise<Uint8Array>, dir = CARD_CACHE_DIR): number {
  let started = 0;
  for (const card of cards) {
    const file = cardFile(card, dir);
    if (pending.has(file) || existsSync(file)) continue;
    cachedCard(card, render, dir).catch(() => undefined);
    started++;
  }
  return started;
}

async function readOrDraw(file: string, card: CardNode, render: (card: CardNode) => Promise<Uint8Array>, dir: string): Promise<Uint8Array> {
  const hit = await readFile(file).catch(() => undefined);
  if (hit) return new Uint8Array(hit);
  const png = await render(card);
  await mkdir(dir, { recursive: true });
  // Written aside and renamed, so a build stopped halfway never leaves a truncated card behind.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}

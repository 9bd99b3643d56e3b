// Share cards cached on disk by a hash of everything that shapes them (src/lib/og-render.ts
// cardKey), so a build draws only new or changed cards. The folder survives between builds and a
// CI cache can keep it; deleting it is always safe (the next build draws every card again).
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CardNode } from "./og-card";
import { cardKey, rendererFingerprint } from "./og-render";

/** Where cards are kept: OG_CACHE_DIR, else .cache/og-cards under the project (outside node_modules, which `npm ci` wipes). */
export const CARD_CACHE_DIR = process.env["OG_CACHE_DIR"] ?? join(process.cwd(), ".cache/og-cards");

let fingerprint: string | undefined;

/** The card's PNG from the cache, or drawn by `render` and stored. */
export async function cachedCard(card: CardNode, render: (card: CardNode) => Promise<Uint8Array>, dir = CARD_CACHE_DIR): Promise<Uint8Array> {
  fingerprint ??= rendererFingerprint();
  const file = join(dir, `${cardKey(card, fingerprint)}.png`);
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

// Turns a share-card element tree into a PNG at build time: satori lays it out as SVG, resvg
// rasterises it. No browser. The font is Inter from @fontsource/inter, in WOFF (satori cannot
// read WOFF2); only the Latin subset, which covers every character the content uses.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { cardTexts, type CardNode } from "./og-card";
import { PNG_LEVEL, opaquePng } from "./png";
import { OG_HEIGHT, OG_WIDTH } from "./share-card";

export const CARD_FONT = "Inter";

type Fonts = Parameters<typeof satori>[1]["fonts"];
let fonts: Fonts | undefined;

/** Loaded once: satori parses a font array once and reuses it while it is the same array. */
function cardFonts(): Fonts {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const load = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
  fonts = [
    { name: CARD_FONT, data: load(400), weight: 400, style: "normal" },
    { name: CARD_FONT, data: load(700), weight: 700, style: "normal" },
  ];
  return fonts;
}

// Read with require rather than a JSON import, so the module also runs as it is in Node (the
// share-card worker threads, src/lib/og-pool.ts), where a JSON import needs an import attribute.
const unicodeRanges = createRequire(import.meta.url)("@fontsource/inter/unicode.json") as { latin: string };

/** Code point ranges of the subset loaded, from the font package's own table. */
const COVERED = unicodeRanges.latin.split(",").map((r) => {
  const [from, to] = r.replace(/^U\+/, "").split("-").map((hex) => parseInt(hex, 16));
  return [from!, to ?? from!] as const;
});

/** Characters in `texts` the card font cannot draw (they would come out as blank boxes). */
export function missingGlyphs(texts: readonly string[]): string[] {
  const missing = new Set<string>();
  for (const t of texts)
    for (const ch of t) {
      const cp = ch.codePointAt(0)!;
      if (!COVERED.some(([from, to]) => cp >= from && cp <= to)) missing.add(ch);
    }
  return [...missing];
}

export async function cardSvg(card: CardNode): Promise<string> {
  const missing = missingGlyphs(cardTexts(card));
  if (missing.length) throw new Error(`share card: the card font has no glyph for ${missing.map((c) => JSON.stringify(c)).join(", ")}`);
  // satori's types ask for a React node; a plain { type, props } tree is what it reads.
  return satori(card as unknown as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: cardFonts() });
}

/**
 * What decides a card's bytes besides the card itself: the fonts and the renderers' versions.
 * The card tree already holds the text, the colours and the template's layout.
 */
export function rendererFingerprint(): string {
  const require = createRequire(import.meta.url);
  const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
  const fontHash = createHash("sha256");
  for (const f of cardFonts()) fontHash.update(f.data as Buffer);
  return JSON.stringify({ satori: version("satori"), resvg: version("@resvg/resvg-js"), fonts: fontHash.digest("hex"), size: [OG_WIDTH, OG_HEIGHT], png: `rgba-zlib-${PNG_LEVEL}` });
}

/** The cache key of a card: a hash of everything that shapes its PNG. */
export function cardKey(card: CardNode, fingerprint = rendererFingerprint()): string {
  return createHash("sha256").update(fingerprint).update("\0").update(JSON.stringify(card)).digest("hex");
}

export async function renderCard(card: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  const image = new Resvg(await cardSvg(card), { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render();
  // Cards are opaque, so our RGB encoder (./png.ts, twice as fast); resvg's if one ever is not.
  return new Uint8Array(opaquePng(image.pixels, image.width, image.height) ?? image.asPng());
}

// Renders real cards to PNG (satori + resvg, no browser) and reads the PNG header.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGLISH_CARD_WORDS, articleCard, cardPalette, type CardFrame } from "../../src/lib/og-card";
import { Resvg } from "@resvg/resvg-js";
import { CARD_FONT, cardSvg, missingGlyphs, renderCard } from "../../src/lib/og-render";
import { opaquePng } from "../../src/lib/png";
import { lightRoleColours } from "../../src/lib/tokens";

const css = readFileSync(join(process.cwd(), "src", "styles", "tokens.css"), "utf8");
const frame: CardFrame = { siteName: "Data Career Guide", host: "example.org", palette: cardPalette(css), font: CARD_FONT, words: ENGLISH_CARD_WORDS };

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe("rendering a card", () => {
  it("makes a 1200 x 630 PNG", async () => {
    const colour = lightRoleColours(css)["data-analyst"];
    const card = articleCard(frame, { title: "Curly “quotes” – dashes", description: "Plain text.", roles: [{ id: "data-analyst", name: "Data Analyst", colour }] });
    const png = await renderCard(card);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeGreaterThan(5_000);
    // Opaque, so written by the project's encoder (src/lib/png.ts), at its deflate level.
    expect(png[25]).toBe(6);
    const image = new Resvg(await cardSvg(card), { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render();
    expect(Buffer.from(png).equals(Buffer.from(opaquePng(image.pixels, image.width, image.height)!))).toBe(true);
  });

  it("refuses text the font cannot draw instead of printing blank boxes", async () => {
    expect(missingGlyphs(["Café – “ok” … ™"])).toEqual([]);
    expect(missingGlyphs(["数据 → ok"])).toEqual(["数", "据", "→"]);
    await expect(renderCard(articleCard(frame, { title: "数据", description: "d", roles: [] }))).rejects.toThrow(/no glyph for "数", "据"/);
  });
});

// Share cards are drawn once per change: cached by a hash of everything that shapes them, and
// drawn on every core when they are new. Cached and pooled bytes equal a fresh render's.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { ENGLISH_CARD_WORDS, articleCard, cardPalette, type CardFrame } from "../../src/lib/og-card";
import { CARD_FONT, cardKey, rendererFingerprint, renderCard } from "../../src/lib/og-render";
import { cachedCard, warmCards } from "../../src/lib/og-cache";
import { CardPool } from "../../src/lib/og-pool";

const css = readFileSync(join(process.cwd(), "src", "styles", "tokens.css"), "utf8");
const frame: CardFrame = { siteName: "Data Career Guide", host: "example.org", palette: cardPalette(css), font: CARD_FONT, words: ENGLISH_CARD_WORDS };
const card = (title: string, f: CardFrame = frame) => articleCard(f, { title, description: "A short summary.", roles: [] });
const dir = mkdtempSync(join(tmpdir(), "og-cache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the cache key", () => {
  const base = cardKey(card("Title"));
  it("is stable for the same card", () => {
    expect(cardKey(card("Title"))).toBe(base);
  });
  it("changes with the text, the colours, the words, the fonts and the renderers", () => {
    expect(cardKey(card("Another title"))).not.toBe(base);
    expect(cardKey(card("Title", { ...frame, palette: { ...frame.palette, bg: "#000000" } }))).not.toBe(base);
    expect(cardKey(card("Title", { ...frame, words: { ...ENGLISH_CARD_WORDS, article: "Artículo" } }))).not.toBe(base);
    expect(cardKey(card("Title", { ...frame, host: "other.example" }))).not.toBe(base);
    const fingerprint = JSON.parse(rendererFingerprint()) as Record<string, unknown>;
    expect(Object.keys(fingerprint).sort()).toEqual(["fonts", "png", "resvg", "satori", "size"]);
    expect(cardKey(card("Title"), JSON.stringify({ ...fingerprint, satori: "0.0.0" }))).not.toBe(base);
    expect(cardKey(card("Title"), JSON.stringify({ ...fingerprint, fonts: "other" }))).not.toBe(base);
  });
});

describe("the cache", () => {
  it("draws a card once, then serves the same bytes; a changed card is drawn afresh", async () => {
    let drawn = 0;
    const draw = (c: Parameters<typeof renderCard>[0]) => (drawn++, renderCard(c));
    const fresh = await renderCard(card("Cached"));
    const first = await cachedCard(card("Cached"), draw, dir);
    const second = await cachedCard(card("Cached"), draw, dir);
    expect(drawn).toBe(1);
    expect(Buffer.from(second).equals(Buffer.from(fresh))).toBe(true);
    expect(Buffer.from(first).equals(Buffer.from(fresh))).toBe(true);
    const changed = await cachedCard(card("Cached, then edited"), draw, dir);
    expect(drawn).toBe(2);
    expect(Buffer.from(changed).equals(Buffer.from(fresh))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith(".png"))).toHaveLength(2);
  }, 30_000);

  it("draws cards ahead of their endpoints once: a card on its way or on disk is not drawn again", async () => {
    const ahead = mkdtempSync(join(tmpdir(), "og-warm-"));
    let drawn = 0;
    const draw = (c: Parameters<typeof renderCard>[0]) => (drawn++, renderCard(c));
    // Two new cards start; asking for one of them meanwhile joins its drawing.
    expect(warmCards([card("Ahead 1"), card("Ahead 2")], draw, ahead)).toBe(2);
    expect(warmCards([card("Ahead 1")], draw, ahead)).toBe(0);
    const joined = await cachedCard(card("Ahead 1"), draw, ahead);
    await cachedCard(card("Ahead 2"), draw, ahead);
    expect(drawn).toBe(2);
    expect(Buffer.from(joined).equals(Buffer.from(await renderCard(card("Ahead 1"))))).toBe(true);
    // Both are on disk now: warming again starts nothing.
    expect(warmCards([card("Ahead 1"), card("Ahead 2")], draw, ahead)).toBe(0);
    expect(drawn).toBe(2);
    rmSync(ahead, { recursive: true, force: true });
  }, 30_000);

  it("leaves a card that fails ahead to its endpoint, which reports it", async () => {
    const ahead = mkdtempSync(join(tmpdir(), "og-warm-"));
    const broken = () => Promise.reject(new Error("worker gone"));
    expect(warmCards([card("Broken")], broken, ahead)).toBe(1);
    await new Promise((r) => setTimeout(r, 10));
    await expect(cachedCard(card("Broken"), broken, ahead)).rejects.toThrow("worker gone");
    rmSync(ahead, { recursive: true, force: true });
  });

  it("is safe to delete: the next request draws the card again", async () => {
    rmSync(dir, { recursive: true, force: true });
    let drawn = 0;
    await cachedCard(card("Cached"), (c) => (drawn++, renderCard(c)), dir);
    expect(drawn).toBe(1);
  }, 30_000);
});

describe("the worker pool", () => {
  it("renders the same bytes as one thread, several cards at once", async () => {
    const pool = new CardPool(2);
    try {
      const cards = ["One", "Two", "Three"].map((t) => card(t));
      const pooled = await Promise.all(cards.map((c) => pool.render(c)));
      const single = await Promise.all(cards.map((c) => renderCard(c)));
      pooled.forEach((png, i) => expect(Buffer.from(png).equals(Buffer.from(single[i]!))).toBe(true));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("reports a card it cannot draw instead of hanging", async () => {
    const pool = new CardPool(1);
    try {
      await expect(pool.render(card("数据"))).rejects.toThrow(/no glyph/);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { levelNumber } from "../../src/lib/levels";
import { roleVector } from "../../src/lib/matrix";
import {
  ENGLISH_CARD_WORDS,
  articleCard,
  barWidths,
  cardPalette,
  cardRatings,
  cardTexts,
  compareCard,
  defaultCard,
  pairRatings,
  roleCard,
  titleSize,
  type CardChild,
  type CardFrame,
  type CardNode,
  type CardRole,
} from "../../src/lib/og-card";
import { OG_HEIGHT, OG_WIDTH } from "../../src/lib/share-card";
import { lightRoleColours } from "../../src/lib/tokens";
import { loadMatrix } from "./quiz-fixture";

const css = readFileSync(join(process.cwd(), "src", "styles", "tokens.css"), "utf8");
const matrix = loadMatrix();
const colours = lightRoleColours(css);
const frame: CardFrame = { siteName: "Data Career Guide", host: "example.org", palette: cardPalette(css), font: "Inter", words: ENGLISH_CARD_WORDS };
const role = (id: (typeof matrix.roles)[number]["id"]): CardRole => ({ id, name: matrix.roles.find((r) => r.id === id)!.name, colour: colours[id] });

const all = (node: CardChild): CardNode[] =>
  typeof node === "string" ? [] : [node, ...[node.props.children ?? []].flat().flatMap(all)];
/** Bars are the boxes filled with a role's colour at full strength, one per rating. */
const bars = (card: CardNode, colour: string, thickness: number) =>
  all(card).filter((n) => n.props.style["backgroundColor"] === colour && n.props.style["opacity"] === undefined && n.props.style["height"] === thickness);

function expectSatoriSafe(card: CardNode) {
  expect(card.props.style).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
  for (const n of all(card)) {
    const kids = [n.props.children ?? []].flat();
    // satori refuses a box with several children unless it is a flex box.
    if (kids.length > 1) expect(n.props.style["display"]).toBe("flex");
  }
}

describe("card palette", () => {
  it("takes the light theme's page colours from tokens.css", () => {
    const p = cardPalette(css);
    expect(css).toContain(`--bg: light-dark(${p.bg},`);
    expect(css).toContain(`--text: light-dark(${p.text},`);
    expect(css).toContain(`--text-muted: light-dark(${p.muted},`);
  });
});

describe("role card", () => {
  const analyst = role("data-analyst");
  const ratings = cardRatings(matrix, "data-analyst");
  const card = roleCard(frame, { role: analyst, summary: "A one-line summary.", ratings });

  it("reads the role's ratings in skill order, labelled with the short names", () => {
    expect(ratings.map((r) => r.label)).toEqual(matrix.skills.map((s) => s.short));
    const cells = matrix.roles.find((r) => r.id === "data-analyst")!.skills;
    ratings.forEach((r, i) => {
      const cell = cells[matrix.skills[i]!.id]!;
      expect([r.min, r.max]).toEqual([levelNumber(cell.min), levelNumber(cell.max)]);
    });
  });

  it("shows the name, the summary, every skill label and one bar per skill in the role's colour", () => {
    expectSatoriSafe(card);
    const texts = cardTexts(card);
    expect(texts).toContain("Data Analyst");
    expect(texts).toContain("A one-line summary.");
    for (const s of matrix.skills) expect(texts).toContain(s.short);
    expect(bars(card, analyst.colour, 20)).toHaveLength(matrix.skills.length);
    expect(texts.join(" ")).toContain(frame.host);
  });

  it("explains the paler part of a bar only when some rating is a range", () => {
    const flat = roleCard(frame, { role: analyst, summary: "s", ratings: ratings.map((r) => ({ ...r, max: r.min })) });
    expect(cardTexts(card).join(" ")).toMatch(/range/);
    expect(cardTexts(flat).join(" ")).not.toMatch(/range/);
  });
});

describe("bar lengths", () => {
  it("grow with the level, the range drawn from min to max", () => {
    const low = barWidths({ min: 1, max: 1 }, 500);
    const high = barWidths({ min: 4, max: 4 }, 500);
    const range = barWidths({ min: 2, max: 3 }, 500);
    expect(low).toEqual({ solid: 100, range: 0 });
    expect(high.solid).toBeGreaterThan(low.solid);
    expect(barWidths({ min: 5, max: 5 }, 500).solid).toBe(500);
    expect(range).toEqual({ solid: 200, range: 100 });
  });
});

describe("comparison card", () => {
  const a = role("deep-learning-engineer");
  const b = role("ai-engineer");
  const card = compareCard(frame, { a, b, ratings: pairRatings(matrix, a.id, b.id) });

  it("shows both names and two bars per skill, each role in its own colour", () => {
    expectSatoriSafe(card);
    const texts = cardTexts(card);
    expect(texts).toContain(a.name);
    expect(texts).toContain(b.name);
    expect(bars(card, a.colour, 12)).toHaveLength(matrix.skills.length);
    expect(bars(card, b.colour, 12)).toHaveLength(matrix.skills.length);
  });

  it("says in words which bar is which, so colour is not the only key", () => {
    expect(cardTexts(card).join(" ")).toMatch(new RegExp(`upper bar is the ${a.name}.*lower the ${b.name}`));
  });
});

describe("article card", () => {
  it("shows the title, the description and the roles", () => {
    const roles = [role("data-analyst"), role("ml-engineer")];
    const card = articleCard(frame, { title: "A title", description: "A description.", roles });
    expectSatoriSafe(card);
    expect(cardTexts(card)).toEqual(expect.arrayContaining(["ARTICLE", "A title", "A description.", "Data Analyst", "ML Engineer"]));
  });

  it("sets long titles smaller so they still fit", () => {
    const sizes = ["Short", "A title of medium length for an article", "A much longer title that runs on and on for well over seventy characters in all"].map((t) => titleSize(t));
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
    expect(sizes[1]).toBeGreaterThan(sizes[2]!);
  });
});

describe("site card", () => {
  it("shows every role by name with a column per skill", () => {
    const roles = matrix.roles.map((r) => ({ ...role(r.id), values: roleVector(matrix, r.id) }));
    const card = defaultCard(frame, { tagline: "The tagline", roles });
    expectSatoriSafe(card);
    const texts = cardTexts(card);
    expect(texts).toContain("Data Career Guide");
    expect(texts).toContain("The tagline");
    for (const r of roles) {
      expect(texts).toContain(r.name);
      expect(all(card).filter((n) => n.props.style["backgroundColor"] === r.colour && n.props.style["width"] === 14)).toHaveLength(matrix.skills.length);
    }
  });
});

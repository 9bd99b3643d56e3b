// Share-card layouts (1200 x 630): the element trees satori turns into SVG, built from plain data
// so the layout is unit-tested without rendering. Every box that holds more than one child is
// a flex box, as satori requires. Bars are horizontal, one row per skill area: at card size a
// row label reads better than a column label squeezed under a narrow bar.
import englishCommon from "../i18n/dictionaries/en/common";
import { sparkBars } from "./chart";
import { levelNumber, MAX_VALUE, type Level } from "./levels";
import type { Matrix } from "./matrix";
import { OG_HEIGHT, OG_WIDTH } from "./share-card";
import type { RoleId } from "./roles";
import { lightColours } from "./tokens";

export type Style = Record<string, string | number>;
export type CardChild = CardNode | string;
export interface CardNode {
  type: "div";
  props: { style: Style; children?: CardChild | CardChild[] };
}

/** Light-theme token values (src/styles/tokens.css): cards are images, so they have one theme. */
export interface CardPalette {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
}

export interface CardFrame {
  siteName: string;
  /** The site's host name, printed in the footer so a card says where it leads. */
  host: string;
  palette: CardPalette;
  font: string;
  /** The card's fixed words, in the page's language. */
  words: CardWords;
}

/** Words a card draws besides its content (English by default, for tests and callers that need no other). */
export interface CardWords {
  role: string;
  compare: string;
  article: string;
  vs: string;
  /** Under a chart of plain levels. */
  scale: string;
  /** Under a chart where some rating is a range. */
  scaleWithRange: string;
}

export const ENGLISH_CARD_WORDS: CardWords = englishCommon.card;

export interface CardRole {
  id: RoleId;
  name: string;
  colour: string;
}

/** A rating as level numbers (Low = 1 ... Advanced = 5); min < max for a range. */
export interface Span {
  min: number;
  max: number;
}

export interface CardRating extends Span {
  label: string;
}

export interface PairRating {
  label: string;
  a: Span;
  b: Span;
}

const PAD_X = 64;
const PAD_Y = 44;
const BAND = 14;
const CHART_WIDTH = 520;
const LABEL_WIDTH = 150;
const TRACK_WIDTH = CHART_WIDTH - LABEL_WIDTH;

const box = (style: Style, ...children: CardChild[]): CardNode => ({
  type: "div",
  props: { style: { display: "flex", ...style }, children: children.length === 1 ? children[0]! : children },
});
/** A block of text; `lines` cuts it with an ellipsis so long content never spills off the card. */
const text = (content: string, style: Style, lines?: number): CardNode => ({
  type: "div",
  props: { style: { display: "block", ...style, ...(lines ? { lineClamp: lines } : {}) }, children: content },
});

/** Font size for a title: smaller as it gets longer, so two or three lines always fit. */
export function titleSize(title: string, sizes: readonly (readonly [maxChars: number, px: number])[] = TITLE_SIZES): number {
  for (const [maxChars, px] of sizes) if (title.length <= maxChars) return px;
  return sizes[sizes.length - 1]![1];
}
const TITLE_SIZES = [
  [28, 72],
  [48, 62],
  [72, 54],
  [Infinity, 46],
] as const;

/** Widths of a bar's solid part (up to the rating's min) and pale part (min to max). */
export function barWidths(span: Span, track = TRACK_WIDTH): { solid: number; range: number } {
  const unit = track / MAX_VALUE;
  return { solid: Math.round(span.min * unit), range: Math.round((span.max - span.min) * unit) };
}

function bar(span: Span, colour: string, thickness: number, surface: string): CardNode {
  const { solid, range } = barWidths(span);
  return box(
    { width: TRACK_WIDTH, height: thickness, backgroundColor: surface, borderRadius: 3 },
    box({ width: solid, height: thickness, backgroundColor: colour, borderRadius: 3 }),
    box({ width: range, height: thickness, backgroundColor: colour, opacity: 0.4 }),
  );
}

function chartRow(label: string, bars: CardNode[], palette: CardPalette, height: number): CardNode {
  return box(
    { alignItems: "center", height, width: CHART_WIDTH },
    text(label, { width: LABEL_WIDTH, fontSize: 19, color: palette.text, paddingRight: 12 }, 1),
    box({ flexDirection: "column", justifyContent: "center", gap: 4 }, ...bars),
  );
}

function chartCaption(palette: CardPalette, words: CardWords, hasRange: boolean): CardNode {
  return text(hasRange ? words.scaleWithRange : words.scale, {
    fontSize: 17,
    color: palette.muted,
    marginTop: 10,
    marginLeft: LABEL_WIDTH,
  });
}

/** One role's ratings as bars in its colour. */
export function ratingChart(ratings: CardRating[], colour: string, palette: CardPalette, words: CardWords = ENGLISH_CARD_WORDS): CardNode {
  return box(
    { flexDirection: "column", width: CHART_WIDTH },
    ...ratings.map((r) => chartRow(r.label, [bar(r, colour, 20, palette.surface)], palette, 31)),
    chartCaption(palette, words, ratings.some((r) => r.min < r.max)),
  );
}

/** Two roles' ratings, the first role's bar above the second's in every row. */
export function pairChart(ratings: PairRating[], a: CardRole, b: CardRole, palette: CardPalette, words: CardWords = ENGLISH_CARD_WORDS): CardNode {
  return box(
    { flexDirection: "column", width: CHART_WIDTH },
    ...ratings.map((r) => chartRow(r.label, [bar(r.a, a.colour, 12, palette.surface), bar(r.b, b.colour, 12, palette.surface)], palette, 35)),
    chartCaption(palette, words, ratings.some((r) => r.a.min < r.a.max || r.b.min < r.b.max)),
  );
}

/** The coloured band across the top: one stripe per role the card is about. */
function band(colours: string[], fallback: string): CardNode {
  const stripes = colours.length ? colours : [fallback];
  return box({ width: OG_WIDTH, height: BAND }, ...stripes.map((c) => box({ flexGrow: 1, height: BAND, backgroundColor: c })));
}

function kicker(label: string, palette: CardPalette): CardNode {
  return text(label.toUpperCase(), { fontSize: 22, fontWeight: 700, letterSpacing: 2, color: palette.muted });
}

function footer(frame: CardFrame, showName = true): CardNode {
  const { palette } = frame;
  return box(
    { justifyContent: "space-between", alignItems: "center", borderTop: `2px solid ${palette.border}`, paddingTop: 14, marginTop: "auto" },
    text(showName ? frame.siteName : "", { fontSize: 24, fontWeight: 700, color: palette.text }),
    text(frame.host, { fontSize: 22, color: palette.muted }),
  );
}

/** A role's name with a swatch, so the colour is always tied to a name. */
function roleChip(role: CardRole, palette: CardPalette, size: number): CardNode {
  return box(
    { alignItems: "center", gap: 10, padding: "6px 14px", borderRadius: 8, backgroundColor: palette.surface },
    box({ width: size * 0.6, height: size * 0.6, borderRadius: 4, backgroundColor: role.colour }),
    text(role.name, { fontSize: size, fontWeight: 700, color: role.colour }),
  );
}

function frameOf(frame: CardFrame, colours: string[], ...content: CardNode[]): CardNode {
  return box(
    { flexDirection: "column", width: OG_WIDTH, height: OG_HEIGHT, backgroundColor: frame.palette.bg, fontFamily: frame.font, color: frame.palette.text },
    band(colours, frame.palette.text),
    box({ flexDirection: "column", flexGrow: 1, padding: `${PAD_Y}px ${PAD_X}px` }, ...content),
  );
}

/** Two columns: text on the left, a chart on the right, the footer under both. */
function twoColumns(frame: CardFrame, left: CardNode[], right: CardNode): CardNode[] {
  return [
    box(
      { justifyContent: "space-between", gap: 40, flexGrow: 1 },
      box({ flexDirection: "column", gap: 16, width: OG_WIDTH - 2 * PAD_X - CHART_WIDTH - 40 }, ...left),
      right,
    ),
    footer(frame),
  ];
}

/** A role in the site card: its ratings' midpoints, in skill order, as a tiny column chart. */
export interface CardRoleSpark extends CardRole {
  values: number[];
}

function roleTile(role: CardRoleSpark, palette: CardPalette): CardNode {
  const height = 56;
  return box(
    { flexDirection: "column", gap: 12, width: TILE_WIDTH - 2 * TILE_PAD, padding: `14px ${TILE_PAD}px`, borderRadius: 10, backgroundColor: palette.surface },
    text(role.name, { fontSize: 25, fontWeight: 700, color: role.colour }, 1),
    box(
      { alignItems: "flex-end", gap: 5, height },
      ...sparkBars(role.values, height).map((b) => box({ width: 14, height: b.h, backgroundColor: role.colour, borderRadius: 2 })),
    ),
  );
}
// satori sizes boxes without their padding (content-box), so the padding comes off the width.
const TILE_PAD = 18;
const TILE_WIDTH = Math.floor((OG_WIDTH - 2 * PAD_X - 2 * 20) / 3);

/** The site's card, for every page without one of its own: the six roles with their profiles. */
export function defaultCard(frame: CardFrame, data: { tagline: string; roles: CardRoleSpark[] }): CardNode {
  const { palette } = frame;
  return frameOf(
    frame,
    data.roles.map((r) => r.colour),
    text(frame.siteName, { fontSize: 72, fontWeight: 700, color: palette.text }),
    text(data.tagline, { fontSize: 36, color: palette.muted, marginTop: 8 }, 1),
    box({ flexWrap: "wrap", gap: 20, marginTop: 36 }, ...data.roles.map((r) => roleTile(r, palette))),
    footer(frame, false),
  );
}

/** A role page's card: name, summary, its ratings as bars. */
export function roleCard(frame: CardFrame, data: { role: CardRole; summary: string; ratings: CardRating[] }): CardNode {
  const { palette } = frame;
  const { role } = data;
  return frameOf(
    frame,
    [role.colour],
    ...twoColumns(
      frame,
      [
        kicker(frame.words.role, palette),
        text(role.name, { fontSize: titleSize(role.name, [[14, 64], [Infinity, 54]]), fontWeight: 700, color: role.colour, lineHeight: 1.1 }, 2),
        text(data.summary, { fontSize: 29, color: palette.muted, lineHeight: 1.35 }, 6),
      ],
      ratingChart(data.ratings, role.colour, palette, frame.words),
    ),
  );
}

/** A comparison page's card: both names in their colours, both roles' ratings as paired bars. */
export function compareCard(frame: CardFrame, data: { a: CardRole; b: CardRole; ratings: PairRating[] }): CardNode {
  const { palette } = frame;
  const { a, b } = data;
  const name = (r: CardRole) =>
    box(
      { alignItems: "center", gap: 16 },
      box({ width: 28, height: 28, borderRadius: 4, backgroundColor: r.colour, flexShrink: 0 }),
      text(r.name, { fontSize: 50, fontWeight: 700, color: r.colour, lineHeight: 1.1 }, 2),
    );
  return frameOf(
    frame,
    [a.colour, b.colour],
    ...twoColumns(
      frame,
      [
        kicker(frame.words.compare, palette),
        name(a),
        text(frame.words.vs, { fontSize: 34, color: palette.muted, marginLeft: 44 }),
        name(b),
        text(`In each row, the upper bar is the ${a.name}, the lower the ${b.name}.`, { fontSize: 22, color: palette.muted, marginTop: 12, lineHeight: 1.35 }, 3),
      ],
      pairChart(data.ratings, a, b, palette, frame.words),
    ),
  );
}

/** An article's card: title, description, the roles it is about. */
export function articleCard(frame: CardFrame, data: { title: string; description: string; roles: CardRole[] }): CardNode {
  const { palette } = frame;
  return frameOf(
    frame,
    data.roles.map((r) => r.colour),
    kicker(frame.words.article, palette),
    text(data.title, { fontSize: titleSize(data.title), fontWeight: 700, color: palette.text, lineHeight: 1.15, marginTop: 14 }, 3),
    text(data.description, { fontSize: 30, color: palette.muted, lineHeight: 1.35, marginTop: 20 }, 3),
    // Roles sit just above the footer, whatever the title's length.
    box(
      { flexDirection: "column", gap: 24, marginTop: "auto" },
      box({ flexWrap: "wrap", gap: 12 }, ...data.roles.map((r) => roleChip(r, palette, 24))),
      footer(frame),
    ),
  );
}

/** The card's colours: the light-theme values of the page tokens, read from tokens.css's text. */
export function cardPalette(tokensCss: string): CardPalette {
  const c = lightColours(tokensCss, ["bg", "surface", "text", "text-muted", "border"]);
  return { bg: c.bg, surface: c.surface, text: c.text, muted: c["text-muted"], border: c.border };
}

const spanOf = (cell: { min: Level; max: Level }): Span => ({ min: levelNumber(cell.min), max: levelNumber(cell.max) });

/** One role's ratings in skill order, labelled with the skills' short names. */
export function cardRatings(matrix: Matrix, role: RoleId): CardRating[] {
  const r = matrixRole(matrix, role);
  return matrix.skills.map((s) => ({ label: s.short, ...spanOf(r.skills[s.id]!) }));
}

/** Two roles' ratings in skill order. */
export function pairRatings(matrix: Matrix, a: RoleId, b: RoleId): PairRating[] {
  const ra = matrixRole(matrix, a);
  const rb = matrixRole(matrix, b);
  return matrix.skills.map((s) => ({ label: s.short, a: spanOf(ra.skills[s.id]!), b: spanOf(rb.skills[s.id]!) }));
}

function matrixRole(matrix: Matrix, role: RoleId) {
  const r = matrix.roles.find((x) => x.id === role);
  if (!r) throw new Error(`share card: no role ${role} in the matrix`);
  return r;
}

/** Every string a card prints, in order: what the font must cover. */
export function cardTexts(node: CardChild): string[] {
  if (typeof node === "string") return node ? [node] : [];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(cardTexts);
}

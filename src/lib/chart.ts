// Geometry for the skill profile chart: one row per skill area, a 1-5 level scale across, one
// marker per role (a range line where the rating is a range). Pure numbers, so the layout is
// unit-tested and the component only draws.
import englishCommon from "../i18n/dictionaries/en/common";
import { LEVELS, MAX_VALUE, MIN_VALUE, type Level } from "./levels";

/** The level words as English pages write them; other languages pass their dictionary's `common.levels`. */
const ENGLISH_LEVEL_NAMES: Record<Level, string> = englishCommon.levels;

export interface ChartCell {
  min: string;
  max: string;
  value: number;
}

export interface ChartSeries {
  id: string;
  label: string;
  cells: Record<string, ChartCell>;
}

export interface ChartRow {
  id: string;
  label: string;
}

/** Marker shapes in series order, so two roles never differ by colour alone. */
export const MARKERS = ["circle", "diamond", "square", "triangle", "circle-open", "diamond-open"] as const;
export type Marker = (typeof MARKERS)[number];

export interface ProfileLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { label: string; x: number }[];
  rows: {
    id: string;
    label: string;
    y: number;
    points: { series: string; marker: Marker; x: number; xMin: number; xMax: number; offset: number }[];
  }[];
}

const num = (level: string) => LEVELS.indexOf(level as (typeof LEVELS)[number]) + 1;

export interface ProfileOptions {
  width?: number;
  rowHeight?: number;
  /** Room for the row labels, at least; widened when the longest label needs more. */
  labelWidth?: number;
  /** The level words on the scale, in the page's language (default English). */
  levelNames?: Record<Level, string>;
}

export function profileLayout(rows: ChartRow[], series: ChartSeries[], opts: ProfileOptions = {}): ProfileLayout {
  const width = opts.width ?? 640;
  const rowHeight = opts.rowHeight ?? (series.length > 2 ? 34 : 28);
  const labelWidth = Math.max(opts.labelWidth ?? 175, labelRoom(rows));
  const top = 34;
  const names = opts.levelNames ?? ENGLISH_LEVEL_NAMES;
  // The right margin leaves room for half of the last tick's label ("Advanced"), centred on the edge.
  const plot = { left: labelWidth, right: width - 32, top, bottom: top + rows.length * rowHeight };
  const x = (v: number) => plot.left + ((v - MIN_VALUE) / (MAX_VALUE - MIN_VALUE)) * (plot.right - plot.left);
  // Several roles on one row are nudged apart vertically so equal ratings stay visible.
  const spread = Math.min(8, (rowHeight - 12) / Math.max(1, series.length - 1));
  return {
    width,
    height: plot.bottom + 8,
    plot,
    ticks: LEVELS.map((level, i) => ({ label: names[level], x: x(i + 1) })),
    rows: rows.map((row, i) => ({
      id: row.id,
      label: row.label,
      y: top + i * rowHeight + rowHeight / 2,
      points: series.map((s, j) => {
        const cell = s.cells[row.id];
        if (!cell) throw new Error(`chart: ${s.id} has no value for ${row.id}`);
        return {
          series: s.id,
          marker: MARKERS[j % MARKERS.length]!,
          x: x(cell.value),
          xMin: x(num(cell.min)),
          xMax: x(num(cell.max)),
          offset: series.length === 1 ? 0 : (j - (series.length - 1) / 2) * spread,
        };
      }),
    })),
  };
}

/**
 * The width the longest row label needs at the chart's 13px type, with the 10-unit gap before
 * the plot: about 7.6 units a character, generous so that accented and wide letters fit too
 * ("Comunicación de negocio" is longer than "Business communication").
 */
export function labelRoom(rows: readonly ChartRow[]): number {
  const longest = Math.max(0, ...rows.map((r) => [...r.label].length));
  return Math.ceil(longest * 7.6) + 12;
}

/** SVG path data for a marker centred on (x, y). */
export function markerPath(marker: Marker, x: number, y: number, r = 6): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (marker) {
    case "circle":
    case "circle-open":
      return `M${f(x - r)} ${f(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case "diamond":
    case "diamond-open":
      return `M${f(x)} ${f(y - r - 1)}L${f(x + r + 1)} ${f(y)}L${f(x)} ${f(y + r + 1)}L${f(x - r - 1)} ${f(y)}Z`;
    case "square":
      return `M${f(x - r + 1)} ${f(y - r + 1)}h${2 * r - 2}v${2 * r - 2}h${-(2 * r - 2)}Z`;
    case "triangle":
      return `M${f(x)} ${f(y - r - 1)}L${f(x + r + 1)} ${f(y + r)}L${f(x - r - 1)} ${f(y + r)}Z`;
  }
}

/** Tiny vertical bars (one per skill) for cards: heights in px for a chart `height` tall. */
export function sparkBars(values: number[], height = 32): { x: number; h: number }[] {
  return values.map((v, i) => ({ x: i * 7, h: Math.max(2, Math.round(((v - MIN_VALUE + 1) / (MAX_VALUE - MIN_VALUE + 1)) * height)) }));
}

/**
 * A comparison row's difference bar, in percent of its track: from the centre toward the leading
 * role's side, reaching the edge at the widest gap the scale allows. Numbers for SVG attributes,
 * because the page's policy allows no style attributes to carry a width.
 */
export function gapBar(gap: number, toward: "left" | "right"): { x: number; width: number } {
  const span = MAX_VALUE - MIN_VALUE;
  const width = (Math.min(Math.max(gap, 0), span) / span) * 50;
  return { x: toward === "left" ? 50 - width : 50, width };
}

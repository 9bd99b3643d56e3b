// The one mapping from the matrix's level words to the numbers the charts and the quiz use. No
// dictionary is imported here: the quiz's browser script uses this file, and a dictionary would
// travel with it (callers pass the level names of their page's language).

/** Level words in rising order, as the source matrix writes them (lower case). */
export const LEVELS = ["low", "basic", "medium", "high", "advanced"] as const;
export type Level = (typeof LEVELS)[number];

/** A rating is one level or a [min, max] range such as Basic–Medium. */
export type LevelSpec = Level | readonly [Level, Level];

/** Low = 1 … Advanced = 5. */
export function levelNumber(level: Level): number {
  return LEVELS.indexOf(level) + 1;
}

export const MIN_VALUE = levelNumber("low");
export const MAX_VALUE = levelNumber("advanced");

export interface LevelRange {
  min: Level;
  max: Level;
  /** The number the quiz scores with: the midpoint of the range. */
  value: number;
}

export function toRange(spec: LevelSpec): LevelRange {
  const [min, max] = typeof spec === "string" ? [spec, spec] : spec;
  return { min, max, value: (levelNumber(min) + levelNumber(max)) / 2 };
}

/** "Basic–Medium" or "High": how the page writes a rating, in the words of `names` (a dictionary's `common.levels`). */
export function levelLabel(range: Pick<LevelRange, "min" | "max">, names: Record<Level, string>): string {
  return range.min === range.max ? names[range.min] : `${names[range.min]}–${names[range.max]}`;
}

/** What a sentence needs to write a level: the dictionary's `common.levelsInText` and `common.levelRangeInText`. */
export interface LevelWordsInText {
  levelsInText: Record<Level, string>;
  levelRangeInText: string;
}

/** "High", "Basic–Medium" in English; "alto", "entre básico y medio" in Spanish: a rating as a sentence writes it. */
export function levelInText(range: Pick<LevelRange, "min" | "max">, words: LevelWordsInText): string {
  const { levelsInText: w } = words;
  return range.min === range.max ? w[range.min] : words.levelRangeInText.replace("{min}", w[range.min]).replace("{max}", w[range.max]);
}

export function isLevel(x: unknown): x is Level {
  return typeof x === "string" && (LEVELS as readonly string[]).includes(x);
}

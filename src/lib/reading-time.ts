// Reading time from an article's MDX source, so nobody has to type (or update) it by hand.
// Counts the words a reader sees: prose, list items, table cells, component children and
// captions; not markup, URLs, attribute names or expressions.
import { plural, type PluralForms } from "./i18n-format";

/** Words a minute for attentive reading of non-fiction on screen. */
export const WORDS_PER_MINUTE = 220;

/** Attributes whose values are shown as text (a figure's caption, a callout's title). */
const READ_ATTRIBUTES = /\b(?:caption|title)="([^"]*)"/g;

/** The readable text of an MDX body, with markup, link targets and code-like syntax removed. */
export function mdxText(mdx: string): string {
  return (
    mdx
      // import/export lines (ESM in MDX) are code, not prose.
      .replace(/^(?:import|export)\s.*$/gm, " ")
      // {/* comments */}.
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, " ")
      // Tags (<Component a="..." b={[...]} />, </Figure>, <svg ...>) go, their text children stay;
      // a figure's caption or a callout's title is read, so those attribute values stay too.
      .replace(/<\/?[A-Za-z][^<>]*>/g, (tag) => ` ${[...tag.matchAll(READ_ATTRIBUTES)].map((m) => m[1]).join(" ")} `)
      // Leftover expressions, e.g. {["data-analyst"]} split across lines.
      .replace(/\{[^{}]*\}/g, " ")
      // Images keep their alt text; links keep their text, not their target.
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      // Table rules and heading, emphasis, list and quote markers.
      .replace(/^\s*\|?[\s:|-]+\|[\s:|-]*$/gm, " ")
      .replace(/[#*_>`|~]/g, " ")
  );
}

/** Number of words in a piece of plain text (hyphenated and apostrophised words count once). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export interface ReadingTime {
  words: number;
  /** Whole minutes, at least 1. */
  minutes: number;
}

/** Reading time of an MDX body plus any extra text shown with it (an FAQ, for instance). */
export function readingTime(mdx: string, extra: string[] = [], wordsPerMinute = WORDS_PER_MINUTE): ReadingTime {
  const words = countWords(mdxText(mdx)) + extra.reduce((n, t) => n + countWords(t), 0);
  return { words, minutes: Math.max(1, Math.round(words / wordsPerMinute)) };
}

/** "8 min read" / "8 min de lectura": `forms` from the dictionary (articles.dates.readingTime). */
export function readingTimeLabel(rt: Pick<ReadingTime, "minutes">, lang: string, forms: PluralForms): string {
  return plural(lang, forms, rt.minutes);
}

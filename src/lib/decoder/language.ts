// Which language an ad is written in, from its share of each language's frequent short words: small
// enough to ship with the page (franc-min would add about 55 KB gzipped; docs/decoder.md).
import { LANGUAGE_SHARE } from "./constants";
import type { LanguageWords } from "./lexicon";
import type { Token } from "./text";

export interface LanguageGuess {
  /** A language the decoder reads; "other" for one it does not; null when the ad says too little to tell. */
  lang: string | null;
  /** Each language's share of the ad's words ("other" included). */
  shares: Record<string, number>;
}

export function detectLanguage(tokens: readonly Token[], words: LanguageWords): LanguageGuess {
  const sets = Object.entries({ ...words.langs, other: words.other }).map(([lang, list]) => [lang, new Set(list)] as const);
  const counts = Object.fromEntries(sets.map(([lang]) => [lang, 0]));
  for (const t of tokens) for (const [lang, set] of sets) if (set.has(t.key)) counts[lang]!++;
  const n = Math.max(1, tokens.length);
  const shares = Object.fromEntries(Object.entries(counts).map(([lang, c]) => [lang, c / n]));
  let best: string | null = null;
  for (const [lang, share] of Object.entries(shares)) if (share >= LANGUAGE_SHARE && (best === null || share > shares[best]!)) best = lang;
  return { lang: best, shares };
}

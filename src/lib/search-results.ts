// Search results as a visitor reads them: the summary line and the excerpts.
//
// Pagefind's excerpts are HTML: page text with "<" and ">" escaped and the matched words wrapped in
// <mark>. This reads one into plain pieces, so the page builds text nodes from them and never
// parses the excerpt as markup: anything that is not <mark> or </mark> stays literal text.
import { fill, plural, type PluralForms } from "./i18n-format";

export interface ExcerptPart {
  text: string;
  /** True for a matched word, shown highlighted. */
  mark: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };

function decode(text: string): string {
  return text.replace(/&(?:lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e] ?? e);
}

/** The excerpt as runs of text, each marked or not; empty runs are dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of excerpt.split(/(<\/?mark>)/i)) {
    const tag = token.toLowerCase();
    if (tag === "<mark>" || tag === "</mark>") mark = tag === "<mark>";
    else if (token) {
      const text = decode(token);
      const last = parts.at(-1);
      if (last && last.mark === mark) last.text += text;
      else parts.push({ text, mark });
    }
  }
  return parts;
}

/** The summary line's words, from the page's dictionary (search.none, search.matches, search.quote, search.filtered, search.noneFiltered). */
export interface SummaryWords {
  none: string;
  matches: PluralForms;
  quote: string;
  filtered: PluralForms;
  noneFiltered: string;
}

/**
 * The line announced after a search: how many pages match, or what to try instead. With filters
 * chosen and no words, it counts the articles the filters leave.
 */
export function resultsSummary(count: number, query: string, words: SummaryWords, lang: string, filtered = false): string {
  if (!query && filtered) return count === 0 ? words.noneFiltered : plural(lang, words.filtered, count);
  const q = fill(words.quote, { query });
  return count === 0 ? fill(words.none, { query: q }) : plural(lang, words.matches, count, { query: q });
}

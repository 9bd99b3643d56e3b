// The compare pages' words in one language: the dictionary's `compare` section, the CompareWords
// that src/lib/compare.ts builds its sentences from, and how a name is written inside a sentence.
import { dictionary } from "../../i18n";
import { nameInText, type CompareWords } from "../../lib/compare";
import type { RoleId } from "../../lib/roles";

/** A role of the pair: its name as a title (headings, table headers, links) and inside a sentence. */
export interface Side {
  id: RoleId;
  name: string;
  text: string;
}

export function compareWords(lang: string) {
  const d = dictionary(lang);
  const words: CompareWords = { locale: d.common.meta.tag, ...d.compare.words };
  const inText = (name: string) => nameInText(name, d.compare.lowerNamesInText);
  return { d, t: d.compare, words, inText };
}

// The compare pages' words in one language: the dictionary's `compare` section, the CompareWords
// that src/lib/compare.ts builds its sentences from, and each side's placeholders ({a}, {a.the},
// {a.english} …, from the forms each language writes in content, src/lib/name-forms.ts).
import { dictionary } from "../../i18n";
import type { CompareWords } from "../../lib/compare";
import { nameValues, type Named } from "../../lib/name-forms";
import type { RoleId } from "../../lib/roles";

/** A role of the pair: its name as a title (headings, table headers, links), its forms in a sentence and its English title. */
export interface Side extends Named {
  id: RoleId;
  /** The English job title, the one job ads use: glossed on the role's first mention in other languages. */
  english: string;
}

export function compareWords(lang: string) {
  const d = dictionary(lang);
  const words: CompareWords = { locale: d.common.meta.tag, ...d.compare.words };
  return { d, t: d.compare, words };
}

/** One side's placeholders under `key`: {key}, {key.the} … and {key.english}. */
export function sideValues(key: string, side: Side): Record<string, string> {
  return { ...nameValues(key, side), [`${key}.english`]: side.english };
}

/** Both sides' placeholders: {a} … and {b} …. */
export function pairValues(a: Side, b: Side): Record<string, string> {
  return { ...sideValues("a", a), ...sideValues("b", b) };
}

/**
 * The pair's title (compare.vs: "{a} vs. {b.text}") cut into its parts, each name apart from the
 * words between them, so a heading or a link can set each name on its own.
 */
export function vsParts(template: string, a: Named, b: Named): { side: "a" | "b" | undefined; text: string }[] {
  const values = { ...nameValues("a", a), ...nameValues("b", b) };
  return template.split(/(\{[\w.]+\})/).flatMap((part): { side: "a" | "b" | undefined; text: string }[] => {
    const key = /^\{(([ab])[\w.]*)\}$/.exec(part);
    if (key) return [{ side: key[2] as "a" | "b", text: values[key[1]!] ?? part }];
    return part.trim() ? [{ side: undefined, text: part.trim() }] : [];
  });
}

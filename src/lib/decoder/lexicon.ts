// The lexicon as the decoder reads it: one language's phrases, the language-neutral tools and the
// tools of content/skills.yaml folded into a single lookup table from phrase to meaning (a skill
// entry or a cue such as a level word). Compiled at build time, shipped to the page as JSON: the
// page of each language carries its own, and fetches another language's only for an ad in it.
import { ROLE_IDS } from "../roles";
import type { DecoderCommon, DecoderLanguage, LexiconEntry } from "../schemas";
import { phraseKey } from "./text";

/** What a phrase that is not a skill entry means. Skill entries are numbered from 0 up; cues are below 0. */
export const CUE = {
  /** Looks like a skill but is not ("reports to"): matched so nothing inside it is, then dropped. */
  ignore: -1,
  /** Makes its sentence, or as a heading the lines below it, optional: Basic. */
  optional: -2,
  /** Marks a line about degrees. */
  degree: -3,
  /** A word for years, after a number ("5+ years"). */
  year: -4,
  /** Says the job does not ask for what follows it in the sentence ("won't", "no"). */
  negation: -5,
  /** Ends a negation: the sentence asks again after it ("but"). */
  negationEnd: -6,
} as const;

/** A level word's code: LEVEL_CUE - level, so Basic (2) is -12 … Advanced (5) is -15. */
export const LEVEL_CUE = -10;
/** The level a code stands for (2 … 5), or null when it is not a level word. */
export const cueLevel = (code: number): number | null => (code <= LEVEL_CUE - 2 && code >= LEVEL_CUE - 5 ? LEVEL_CUE - code : null);

/** The levels level words can name, with their numbers (src/lib/levels.ts: Basic 2 … Advanced 5). */
export const WORDED_LEVELS = [
  ["basic", 2],
  ["medium", 3],
  ["high", 4],
  ["advanced", 5],
] as const;

/** A skill entry as the page reads it; which role a duty marks is checked at build time and not shipped. */
export interface CompiledEntry {
  /** [skill-area index (model order), weight] pairs. */
  w: [number, number][];
}

export interface CompiledLexicon {
  lang: string;
  /** Skill-area ids: the order of every per-area list. */
  skills: string[];
  entries: CompiledEntry[];
  /** What phrases mean: a skill entry (>= 0) or a cue (< 0, CUE and level words) -> its phrase keys (text.ts phraseKey), joined by "|" (smaller than a key per phrase). */
  terms: Record<string, string>;
  /** The longest phrase, in words: how far the matcher looks ahead. */
  longest: number;
  /** Whether level words usually follow the skill ("Python avanzado"): settles a tie between a cue before and one after. */
  levelWordsFollow: boolean;
  /** Years: the fewest that imply Basic, Medium, High and Advanced, and numbers written as words (folded). */
  years: { least: [number, number, number, number]; numbers: Record<string, number> };
  /** Seniority phrases in a title, as keys. */
  junior: string[];
  senior: string[];
  /** Title-field labels, as keys. */
  titleFields: string[];
  /** Title phrase key -> role index (ROLE_IDS). */
  titles: Record<string, number>;
}

export interface SkillTools {
  id: string;
  tools: readonly string[];
}

export interface LexiconSource {
  lang: string;
  common: DecoderCommon;
  language: DecoderLanguage;
  /** The skill areas in display order (the model's), with their tools (content/skills.yaml). */
  skills: readonly SkillTools[];
}

/** Every keyed item of a language's lexicon in lookup order, with where it comes from (for error messages). */
export interface LexiconItem {
  key: string;
  code: number | "entry";
  entry?: LexiconEntry;
  /** Where the phrase is written, e.g. "phrases.3.phrases.0" in content/decoder/en.yaml. */
  where: { file: "language" | "common" | "skills"; path: string };
}

/** The skills.yaml tools that no lexicon entry restates, each as an entry for its areas (weight 1). */
export function skillToolEntries(source: Pick<LexiconSource, "skills">, listed: ReadonlySet<string>): { entry: LexiconEntry; where: string }[] {
  const byKey = new Map<string, { phrase: string; areas: Record<string, number>; where: string }>();
  source.skills.forEach((s, i) =>
    s.tools.forEach((tool, j) => {
      const key = phraseKey(tool);
      // Restated by an entry, with or without its case: that entry counts it.
      if (listed.has(key) || listed.has(phraseKey(tool, true))) return;
      const found = byKey.get(key);
      if (found) found.areas[s.id] = 1;
      else byKey.set(key, { phrase: tool, areas: { [s.id]: 1 }, where: `${i}.tools.${j}` });
    }),
  );
  return [...byKey.values()].map((t) => ({ entry: { phrases: [t.phrase], areas: t.areas, case: false }, where: t.where }));
}

/** Every item of one language's lexicon: cues, then the language's phrases, the common tools and the skills.yaml tools no entry restates. */
export function lexiconItems(source: Omit<LexiconSource, "lang">): LexiconItem[] {
  const { language: l, common } = source;
  const items: LexiconItem[] = [];
  const cue = (list: readonly string[], code: number, path: string) =>
    list.forEach((p, i) => items.push({ key: phraseKey(p), code, where: { file: "language", path: `${path}.${i}` } }));
  cue(l.ignore, CUE.ignore, "ignore");
  cue(l.optional, CUE.optional, "optional");
  cue(l.degree, CUE.degree, "degree");
  cue(l.years.words, CUE.year, "years.words");
  cue(l.negation.words, CUE.negation, "negation.words");
  cue(l.negation.ends, CUE.negationEnd, "negation.ends");
  for (const [name, level] of WORDED_LEVELS) cue(l.levels[name], LEVEL_CUE - level, `levels.${name}`);
  const entries = (list: readonly LexiconEntry[], file: "language" | "common", path: string) =>
    list.forEach((entry, i) =>
      entry.phrases.forEach((p, j) => items.push({ key: phraseKey(p, entry.case), code: "entry", entry, where: { file, path: `${path}.${i}.phrases.${j}` } })),
    );
  entries(l.phrases, "language", "phrases");
  entries(common.tools, "common", "tools");
  const listed = new Set(items.map((i) => i.key));
  for (const { entry, where } of skillToolEntries(source, listed)) items.push({ key: phraseKey(entry.phrases[0]!), code: "entry", entry, where: { file: "skills", path: where } });
  return items;
}

/** One language's lexicon, compiled for the matcher. Run after checkLexicon (./lexicon-rules.ts) has found no problem. */
export function compileLexicon(source: LexiconSource): CompiledLexicon {
  const { lang, common, language: l, skills } = source;
  const ids = skills.map((s) => s.id);
  const entries: CompiledEntry[] = [];
  const numbered = new Map<LexiconEntry, number>();
  const terms = new Map<string, number>();
  let longest = 1;
  for (const item of lexiconItems(source)) {
    if (terms.has(item.key) || item.key === "" || item.key === "=") continue; // duplicates are reported by checkLexicon
    let code = item.code;
    if (code === "entry") {
      const entry = item.entry!;
      let n = numbered.get(entry);
      if (n === undefined) {
        n = entries.length;
        numbered.set(entry, n);
        entries.push({
          w: Object.entries(entry.areas)
            .map(([area, weight]) => [ids.indexOf(area), weight] as [number, number])
            .filter(([i]) => i >= 0)
            .sort((a, b) => a[0] - b[0]),
        });
      }
      code = n;
    }
    terms.set(item.key, code);
    longest = Math.max(longest, item.key.replace(/^=/, "").split(" ").length);
  }
  const keys = (list: readonly string[]) => [...new Set(list.map((p) => phraseKey(p)))];
  const titles: Record<string, number> = {};
  ROLE_IDS.forEach((role, r) => {
    for (const t of l.titles[role]) titles[phraseKey(t)] ??= r;
  });
  const y = common.years;
  const grouped: Record<string, string[]> = {};
  for (const [key, code] of terms) (grouped[code] ??= []).push(key);
  return {
    lang,
    skills: ids,
    entries,
    terms: Object.fromEntries(Object.entries(grouped).map(([code, keys]) => [code, keys.join("|")])),
    longest,
    levelWordsFollow: l.levelWordsFollow,
    years: { least: [y.basic, y.medium, y.high, y.advanced], numbers: Object.fromEntries(Object.entries(l.years.numbers).map(([w, n]) => [phraseKey(w), n])) },
    junior: keys(l.seniority.junior),
    senior: keys(l.seniority.senior),
    titleFields: keys(l.titleFields),
    titles,
  };
}

/** Each language's frequent words (folded) and other languages': what language detection reads. */
export interface LanguageWords {
  /** Language -> its frequent words. */
  langs: Record<string, string[]>;
  /** Frequent words of languages the decoder does not read. */
  other: string[];
}

export function languageWords(common: DecoderCommon, languages: readonly { lang: string; data: Pick<DecoderLanguage, "stopwords"> }[]): LanguageWords {
  const keys = (list: readonly string[]) => [...new Set(list.map((w) => phraseKey(w)))];
  return { langs: Object.fromEntries(languages.map((l) => [l.lang, keys(l.data.stopwords)])), other: keys(common.otherStopwords) };
}

const tables = new WeakMap<CompiledLexicon, Map<string, number>>();

/** The lexicon's lookup table, phrase key -> meaning, built once per lexicon. */
export function termTable(lexicon: CompiledLexicon): Map<string, number> {
  let table = tables.get(lexicon);
  if (!table) {
    table = new Map();
    for (const [code, keys] of Object.entries(lexicon.terms)) for (const key of keys.split("|")) table.set(key, Number(code));
    tables.set(lexicon, table);
  }
  return table;
}

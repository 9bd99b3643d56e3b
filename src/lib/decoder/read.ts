// An ad's text -> the evidence it gives for each skill area: every phrase of the lexicon it holds
// (with where it is, to highlight it), the level its wording asks for, and per area the summed
// evidence, the level, and the strength the roles are matched on. Pure and synchronous: the page
// runs it on every "Decode", the audit on every ad of the labelled set.
import {
  ASKED_EVIDENCE,
  CUE_CHAIN_GAP,
  CUE_REACH,
  DATA_AREAS,
  DEGREE_FACTOR,
  HEADING_WORDS,
  LEVEL_FACTOR,
  LEVEL_WEIGHT,
  REPEAT_DECAY,
  STRENGTH_STEPS,
  TITLE_FIELD_LINES,
  TITLE_WORDS,
  NEGATION_REACH,
  YEARS_REACH,
} from "./constants";
import { CUE, cueLevel, termTable, type CompiledLexicon } from "./lexicon";
import { tokenize, type Token } from "./text";

/** Levels as numbers (src/lib/levels.ts): Basic 2, Medium 3, High 4, Advanced 5. */
export const BASIC = 2;
export const MEDIUM = 3;
export const HIGH = 4;
export const ADVANCED = 5;

/** Why a mention has the level it has; "negated": the ad says the job does not ask for it, so it counts for nothing. */
export type LevelSource = "cue" | "optional" | "degree" | "default" | "negated";

export interface Mention {
  /** The lexicon entry it matched. */
  entry: number;
  /** Where it is in the ad: [start, end). */
  start: number;
  end: number;
  /** The level it is asked at, Basic 2 … Advanced 5; 0 when negated. */
  level: number;
  source: LevelSource;
  /** The words that set the level (a level word, a years phrase, an "optional" phrase, a negation), [start, end); null otherwise. */
  cue: [number, number] | null;
  /** What it added to each area's evidence: [area index, amount]. */
  adds: [number, number][];
}

export interface AdTitle {
  /** Where the title is in the ad: [start, end). */
  start: number;
  end: number;
  /** The role it names (index in ROLE_IDS), or -1. */
  role: number;
  seniority: "junior" | "senior" | null;
}

export interface AdEvidence {
  /** The lexicon's language. */
  lang: string;
  /** The ad's words, title included. */
  words: number;
  title: AdTitle | null;
  /** The level of a skill the wording leaves open: from the title's seniority or years of experience, else Medium. */
  defaultLevel: number;
  /** In the order they appear. */
  mentions: Mention[];
  /** Per skill area (lexicon order): the summed weight of its mentions. */
  evidence: number[];
  /** Per skill area: 0 when the ad does not ask for it, else the level, Basic 2 … Advanced 5. */
  levels: number[];
  /** Per skill area: the mention that set the level (an index into mentions), or -1. */
  levelFrom: number[];
  /** Per skill area: 0 … STRENGTH_STEPS, what the roles are matched against. */
  strengths: number[];
  /** The evidence for the areas only data and AI jobs ask for (DATA_AREAS). */
  dataEvidence: number;
}

/** A matched phrase: a lexicon code over tokens [i, j]. */
interface Item {
  code: number;
  i: number;
  j: number;
  level?: number;
}

const BULLET = /^\s*(?:[-*•·–—>]|\d+[.)])/;
const NUMBER = /^\d{1,2}\+?$/;
/** A short capitalised word and a full stop at the end of a line: "Sr.", "Jr.", "Inc.". */
const ABBREVIATION = /(?:^|\s)\p{Lu}\p{Ll}{0,3}\.$/u;

/** Every phrase of the lexicon in the tokens, longest first at each place, never across a sentence. */
function match(tokens: readonly Token[], lexicon: CompiledLexicon, skip: (i: number) => boolean): Item[] {
  const table = termTable(lexicon);
  const items: Item[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (skip(i)) {
      i++;
      continue;
    }
    let found: Item | null = null;
    for (let len = Math.min(lexicon.longest, tokens.length - i); len >= 1 && !found; len--) {
      const j = i + len - 1;
      if (tokens[j]!.sentence !== tokens[i]!.sentence) continue;
      const span = tokens.slice(i, j + 1);
      const code = table.get(`=${span.map((t) => t.text).join(" ")}`) ?? table.get(span.map((t) => t.key).join(" "));
      if (code !== undefined) found = { code, i, j };
    }
    if (found) {
      items.push(found);
      i = found.j + 1;
    } else i++;
  }
  return items;
}

/** The level a years phrase implies: the fewest years it names against the lexicon's thresholds. */
function yearsLevel(tokens: readonly Token[], at: number, lexicon: CompiledLexicon): { level: number; i: number } | null {
  let first: number | null = null;
  let years = 0;
  for (let k = at - 1; k >= Math.max(0, at - YEARS_REACH) && tokens[k]!.sentence === tokens[at]!.sentence; k--) {
    const t = tokens[k]!;
    const n = NUMBER.test(t.text) ? parseInt(t.text, 10) : lexicon.years.numbers[t.key];
    if (n !== undefined) {
      first = k;
      years = n;
    }
  }
  if (first === null) return null;
  let level = BASIC;
  lexicon.years.least.forEach((least, k) => {
    if (years >= least) level = BASIC + k;
  });
  return { level, i: first };
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

/** The longest phrase of `keys` among the tokens; its value and length. */
function longestOf<T>(tokens: readonly Token[], lookup: (key: string) => T | undefined): { value: T; i: number; len: number } | null {
  let best: { value: T; i: number; len: number } | null = null;
  for (let i = 0; i < tokens.length; i++)
    for (let len = tokens.length - i; len >= 1; len--) {
      const value = lookup(tokens.slice(i, i + len).map((t) => t.key).join(" "));
      if (value !== undefined && (!best || len > best.len)) best = { value, i, len };
    }
  return best;
}

/** The ad's title: a title field ("Job title: …") near the top, else a short first line that is not a sentence. */
function findTitle(text: string, tokens: readonly Token[], lexicon: CompiledLexicon): { title: AdTitle; line: number } | null {
  const lines = linesOf(text);
  const onLine = (n: number) => tokens.filter((t) => t.line === n);
  const fields = new Set(lexicon.titleFields);
  let found: { start: number; end: number; line: number } | null = null;
  let seen = 0;
  for (let n = 0; n < lines.length && seen < TITLE_FIELD_LINES && !found; n++) {
    const words = onLine(n);
    if (!words.length) continue;
    seen++;
    for (let len = Math.min(4, words.length - 1); len >= 1; len--) {
      if (!fields.has(words.slice(0, len).map((t) => t.key).join(" "))) continue;
      const after = text.slice(words[len - 1]!.end, words[len]!.start);
      if (/^\s*[:\-–—|]\s*$/.test(after)) {
        found = { start: words[len]!.start, end: words[words.length - 1]!.end, line: n };
        break;
      }
    }
  }
  if (!found) {
    const n = lines.findIndex((l) => l.text.trim() !== "");
    const words = n < 0 ? [] : onLine(n);
    const trimmed = n < 0 ? "" : lines[n]!.text.trim();
    // Not a sentence: no end mark, or a full stop that ends an abbreviation ("Data Engineer Sr.").
    const sentence = /[!?:;]$/.test(trimmed) || (trimmed.endsWith(".") && !ABBREVIATION.test(trimmed));
    if (words.length && words.length <= TITLE_WORDS && !sentence) found = { start: words[0]!.start, end: words[words.length - 1]!.end, line: n };
  }
  if (!found) return null;
  const words = tokens.filter((t) => t.start >= found.start && t.end <= found.end);
  const role = longestOf(words, (k) => lexicon.titles[k]);
  const junior = new Set(lexicon.junior);
  const senior = new Set(lexicon.senior);
  const seniorityOf = (set: Set<string>) => longestOf(words, (k) => (set.has(k) ? true : undefined)) !== null;
  const seniority = seniorityOf(senior) ? "senior" : seniorityOf(junior) ? "junior" : null;
  return { title: { start: found.start, end: found.end, role: role?.value ?? -1, seniority }, line: found.line };
}

/** A run of level words and years phrases that reads as one ("5+ years of strong experience with"). */
interface CueGroup {
  i: number;
  j: number;
  level: number;
  /** Whether a years phrase is among its words. */
  years: boolean;
  start: number;
  end: number;
}

/** Whether a lexicon entry speaks clearly for an area (a weight of LEVEL_WEIGHT or more), not as a hint: the phrases the page lists for the area. */
export function clearFor(lexicon: CompiledLexicon, entry: number, area: number): boolean {
  return lexicon.entries[entry]!.w.some(([a, w]) => a === area && w >= LEVEL_WEIGHT);
}

export function readAd(text: string, lexicon: CompiledLexicon): AdEvidence {
  const tokens = tokenize(text);
  const n = lexicon.skills.length;
  const found = findTitle(text, tokens, lexicon);
  const titleLine = found?.line ?? -1;
  const items = match(tokens, lexicon, (i) => tokens[i]!.line === titleLine);

  // Years phrases become level cues; a year word without a number is dropped.
  const cues: Item[] = [];
  const entries: Item[] = [];
  for (const item of items) {
    if (item.code === CUE.year) {
      const y = yearsLevel(tokens, item.i, lexicon);
      if (y) cues.push({ code: item.code, i: y.i, j: item.j, level: y.level });
    } else if (item.code >= 0) entries.push(item);
    else if (item.code !== CUE.ignore) cues.push({ ...item, level: cueLevel(item.code) ?? 0 });
  }
  cues.sort((a, b) => a.i - b.i);

  // Lines: about degrees, headings, and the optional stretch a heading such as "Nice to have:" opens.
  const lines = linesOf(text);
  const lineOf = (item: Item) => tokens[item.i]!.line;
  const degreeLines = new Set(cues.filter((c) => c.code === CUE.degree).map(lineOf));
  const entryLines = new Set(entries.map(lineOf));
  const optionalLines = new Set<number>();
  let optionalOn = false;
  lines.forEach((line, k) => {
    const words = tokens.filter((t) => t.line === k).length;
    const trimmed = line.text.trim();
    const heading = words > 0 && words <= HEADING_WORDS && !entryLines.has(k) && !BULLET.test(line.text) && !/[.!?]$/.test(trimmed);
    if (heading) optionalOn = cues.some((c) => c.code === CUE.optional && lineOf(c) === k);
    else if (optionalOn) optionalLines.add(k);
  });

  // Per sentence: its runs of level words, and whether something in it makes it optional.
  const groups = new Map<number, CueGroup[]>();
  const optionalIn = new Map<number, Item>();
  for (const c of cues) {
    const s = tokens[c.i]!.sentence;
    if (c.code === CUE.optional) {
      if (!optionalIn.has(s)) optionalIn.set(s, c);
      continue;
    }
    if (!c.level) continue;
    const list = groups.get(s) ?? [];
    const last = list[list.length - 1];
    const between = last && entries.some((e) => e.i > last.j && e.i < c.i);
    if (last && !between && c.i - last.j - 1 <= CUE_CHAIN_GAP) {
      last.j = c.j;
      last.end = tokens[c.j]!.end;
      // Years say how much more exactly than "experience with" does: a Medium word does not raise them.
      const years = last.years || c.code === CUE.year;
      last.level = years && (last.level === MEDIUM || c.level === MEDIUM) && last.years !== (c.code === CUE.year) ? (last.years ? last.level : c.level) : Math.max(last.level, c.level);
      last.years = years;
    } else list.push({ i: c.i, j: c.j, level: c.level, start: tokens[c.i]!.start, end: tokens[c.j]!.end, years: c.code === CUE.year });
    groups.set(s, list);
  }

  // The level a skill is asked at when its wording does not say: years named on their own, else the title's seniority.
  const sentencesWithSkills = new Set(entries.map((e) => tokens[e.i]!.sentence));
  const loneYears = cues.filter((c) => c.code === CUE.year && !sentencesWithSkills.has(tokens[c.i]!.sentence)).map((c) => c.level!);
  const seniority = found?.title.seniority;
  const defaultLevel = loneYears.length ? Math.max(...loneYears) : seniority === "junior" ? 2 : seniority === "senior" ? 4 : 3;

  // Negations: a skill within reach after one, with no word such as "but" between, is not asked for.
  const negations = cues.filter((c) => c.code === CUE.negation);
  const ends = cues.filter((c) => c.code === CUE.negationEnd);
  const negationOf = (item: Item): Item | undefined =>
    negations.find(
      (g) =>
        g.j < item.i &&
        item.i - g.j - 1 <= NEGATION_REACH &&
        tokens[g.i]!.sentence === tokens[item.i]!.sentence &&
        !ends.some((e) => e.i > g.j && e.i < item.i),
    );

  const seen = new Map<number, number>();
  const evidence = new Array<number>(n).fill(0);
  const mentions: Mention[] = entries.map((item) => {
    const t = tokens[item.i]!;
    const s = t.sentence;
    let level = defaultLevel;
    let source: LevelSource = "default";
    let cue: [number, number] | null = null;
    const optional = optionalIn.get(s);
    const negation = negationOf(item);
    if (negation) {
      const { start, end } = { start: tokens[negation.i]!.start, end: tokens[negation.j]!.end };
      return { entry: item.code, start: t.start, end: tokens[item.j]!.end, level: 0, source: "negated" as const, cue: [start, end] as [number, number], adds: [] };
    }
    if (degreeLines.has(t.line)) {
      level = BASIC;
      source = "degree";
    } else if (optional || optionalLines.has(t.line)) {
      level = BASIC;
      source = "optional";
      if (optional) cue = [tokens[optional.i]!.start, tokens[optional.j]!.end];
    } else {
      // The nearest run of level words in the sentence; at equal distance, the side the language puts them on.
      let best: CueGroup | null = null;
      let bestDistance = Infinity;
      for (const g of groups.get(s) ?? []) {
        const before = g.j < item.i;
        const distance = before ? item.i - g.j - 1 : g.i - item.j - 1;
        if (distance > CUE_REACH) continue;
        const wins = distance < bestDistance || (distance === bestDistance && before !== lexicon.levelWordsFollow);
        if (wins) {
          best = g;
          bestDistance = distance;
        }
      }
      if (best) {
        level = best.level;
        source = "cue";
        cue = [best.start, best.end];
      }
    }
    // Each repeat of a phrase counts for less; a line about degrees counts for little.
    const repeat = seen.get(item.code) ?? 0;
    seen.set(item.code, repeat + 1);
    const factor = LEVEL_FACTOR[level]! * REPEAT_DECAY ** repeat * (source === "degree" ? DEGREE_FACTOR : 1);
    const adds = lexicon.entries[item.code]!.w.map(([a, w]) => [a, w * factor] as [number, number]);
    for (const [a, x] of adds) evidence[a]! += x;
    return { entry: item.code, start: t.start, end: tokens[item.j]!.end, level, source, cue, adds };
  });

  // Levels: an area is asked for when its evidence adds up to about a mention and at least one
  // mention speaks for it clearly (hints alone do not); it takes the highest level among those.
  const levels = new Array<number>(n).fill(0);
  const levelFrom = new Array<number>(n).fill(-1);
  for (let a = 0; a < n; a++) {
    if (evidence[a]! < ASKED_EVIDENCE) continue;
    mentions.forEach((m, k) => {
      if (m.source !== "negated" && clearFor(lexicon, m.entry, a) && m.level > levels[a]!) {
        levels[a] = m.level;
        levelFrom[a] = k;
      }
    });
  }
  const logs = evidence.map((e) => Math.log1p(e));
  const top = Math.max(...logs);
  const strengths = logs.map((s) => (top > 0 ? Math.round((STRENGTH_STEPS * s) / top) : 0));
  const dataEvidence = DATA_AREAS.reduce((sum, id) => sum + (evidence[lexicon.skills.indexOf(id)] ?? 0), 0);
  return { lang: lexicon.lang, words: tokens.length, title: found?.title ?? null, defaultLevel, mentions, evidence, levels, levelFrom, strengths, dataEvidence };
}

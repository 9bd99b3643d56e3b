// What the decoder page hands its element, in two JSON blocks: the page's language lexicon (the
// heavier one, measured on its own against the page's budget) and the rest: the scorer's model (for
// the ranking and for saved quiz progress), how to tell languages apart, where other languages'
// lexicons are, names and links, and every sentence the element writes, in the page's language.
import type { PluralForms } from "../i18n-format";
import { LEVELS, type Level } from "../levels";
import type { Matrix } from "../matrix";
import { buildModel, type QuizModel } from "../quiz/model";
import { compareUrl, QUIZ_PATH, roleUrl, SKILLS_PATH } from "../quiz/links";
import { readingOrder, type ReadingPlace } from "../quiz/plan";
import type { Perspective } from "../quiz/words";
import type { RoleId } from "../roles";
import type { NameForms, QuizData } from "../schemas";
import type { LanguageWords } from "./lexicon";
import type { AdCodeError } from "./share-code";

/** Every string the decoder element writes. Placeholders are named in each comment (src/i18n/dictionaries/en/decoder.ts). */
export interface DecoderText {
  status: {
    empty: string;
    short: string;
    offTopic: string;
    otherLanguage: string;
    loading: string;
    loadFailed: string;
    done: string;
    otherLexicon: string;
    cleared: string;
  };
  codeNotice: string;
  codeErrors: Record<AdCodeError, string>;
  kicker: Perspective;
  outOf: string;
  close: PluralForms;
  tie: string;
  mismatch: string;
  titleAgrees: string;
  unicorn: string;
  runner: string;
  compare: string;
  roleLink: string;
  /** A phrase of the ad, quoted as the language quotes: {text}. */
  quote: string;
  levelFrom: string;
  levelOptional: string;
  levelDegree: string;
  levelDefault: string;
  negated: string;
  markLabel: string;
  markNegated: string;
  titleLabel: string;
  titleNone: string;
  you: {
    fit: string;
    readiness: string;
    readinessSkipped: string;
    stepsTitle: string;
    step: string;
    next: string;
    levelLink: string;
    read: string;
    noGaps: string;
    none: string;
    take: string;
    plan: string;
  };
  copied: string;
  selectHint: string;
}

export interface DecoderLink {
  title: string;
  url: string;
}

export interface DecoderData {
  /** The page's language, for Intl. */
  lang: string;
  /** The scorer's model: the roles' needs for the ranking, the bank to read saved quiz progress with. */
  model: QuizModel;
  /** Each language's frequent words, and other languages': how an ad's language is told. */
  words: LanguageWords;
  /** Each other language's lexicon, fetched only for an ad in that language (and precached for offline use). */
  lexiconUrls: Record<string, string>;
  /** Each language's own name ("English", "Español"), for the messages. */
  languageNames: Record<string, string>;
  /** This page's address (a share link adds ?r=<code>), the quiz's, and the skills page's. */
  decodeUrl: string;
  quizUrl: string;
  skillsUrl: string;
  /** Skill areas in the model's order: name and short label. */
  skills: { name: string; short: string }[];
  /** Level words, Low … Advanced, as labels and headings write them. */
  levels: string[];
  /** The same inside a sentence (common.levelsInText: "alto" in Spanish). */
  levelsInText: string[];
  /** Roles in the model's order, each with its name's forms for sentences (name-forms.ts). */
  roles: { name: string; forms: NameForms; url: string; compare: Partial<Record<RoleId, string>> }[];
  /** Places on the site that teach skill areas, and for each role and area the best one (an index into places, or -1). */
  places: DecoderLink[];
  reading: number[][];
  text: DecoderText;
}

export interface DecoderDataInput {
  bank: Pick<QuizData, "version" | "questions" | "tiebreakers">;
  matrix: Matrix;
  words: LanguageWords;
  /** Language -> that language's lexicon address, for every language but the page's. */
  lexiconUrls: Record<string, string>;
  languageNames: Record<string, string>;
  /** Role-page sections and articles that teach skill areas (as the quiz page lists them), language-neutral paths. */
  sections: { role: RoleId; title: string; url: string; skills: string[] }[];
  articles: { title: string; url: string; roles: string[]; skills: string[] }[];
  levelNames: Record<Level, string>;
  levelsInText: Record<Level, string>;
  /** Each role's name forms in the page's language. */
  forms: Record<RoleId, NameForms>;
  lang: string;
  decodeUrl: string;
  text: DecoderText;
  localize: (path: string) => string;
}

export function buildDecoderData(input: DecoderDataInput): DecoderData {
  const { matrix, sections, articles, localize } = input;
  const model = buildModel(input.bank, matrix);
  const places: ReadingPlace[] = [
    ...sections.map((s) => ({ kind: "section" as const, role: s.role, skills: s.skills })),
    ...articles.map((a) => ({ kind: "article" as const, roles: a.roles, skills: a.skills })),
  ];
  const need = (role: RoleId, skill: string) => model.roles.find((r) => r.id === role)!.needs[model.skills.indexOf(skill)]!;
  // The first place to read for each role and area; only the places named travel to the page.
  const first = model.roles.map((r) => model.skills.map((skill) => readingOrder(places, r.id, skill, (other) => need(other, skill), 1)[0] ?? -1));
  const named = [...new Set(first.flat().filter((i) => i >= 0))].sort((a, b) => a - b);
  const all = [...sections, ...articles];
  return {
    lang: input.lang,
    model,
    words: input.words,
    lexiconUrls: input.lexiconUrls,
    languageNames: input.languageNames,
    decodeUrl: input.decodeUrl,
    quizUrl: localize(QUIZ_PATH),
    skillsUrl: localize(SKILLS_PATH),
    skills: matrix.skills.map((s) => ({ name: s.name, short: s.short })),
    levels: LEVELS.map((l) => input.levelNames[l]),
    levelsInText: LEVELS.map((l) => input.levelsInText[l]),
    roles: model.roles.map((r) => {
      const role = matrix.roles.find((x) => x.id === r.id)!;
      return { name: role.name, forms: input.forms[r.id], url: localize(roleUrl(r.id)), compare: Object.fromEntries(model.roles.filter((o) => o.id !== r.id).map((o) => [o.id, localize(compareUrl(r.id, o.id))])) };
    }),
    places: named.map((i) => ({ title: all[i]!.title, url: localize(all[i]!.url) })),
    reading: first.map((row) => row.map((i) => (i < 0 ? -1 : named.indexOf(i)))),
    text: input.text,
  };
}

/** A level number (1 … 5) in the page's words. */
export const levelName = (levels: readonly string[], value: number): string => levels[Math.min(5, Math.max(1, Math.round(value))) - 1]!;

// The one JSON payload the quiz page hands its element: the scorer's model, the names and links
// the result needs, and every string the element writes, in the page's language. Built from typed
// content and the dictionary at build time, read in the browser: the element has no words of its own.
import type { PluralForms } from "../i18n-format";
import { LEVELS, levelInText, type Level, type LevelWordsInText } from "../levels";
import type { Matrix } from "../matrix";
import type { Named } from "../name-forms";
import type { RoleId } from "../roles";
import type { NameForms, QuizData } from "../schemas";
import { compareUrl, PATHS_PATH, QUIZ_PATH, roleUrl, SKILLS_PATH } from "./links";
import { MAX_ROLE_ARTICLES } from "./constants";
import { buildModel, type QuizModel } from "./model";
import { chainsInto, readingOrder, type MoveLike, type ReadingPlace } from "./plan";
import type { CodeError } from "./share-code";
import type { Perspective, ResultWords } from "./words";

export interface ClientLink {
  title: string;
  url: string;
}

/** Every string the quiz element writes. Placeholders are named in each comment. */
export interface ClientText {
  /** The progress line on a question: {n} (this question) of {total}. */
  progress: string;
  /** The progress line on the review: {n} answered of {total}. */
  reviewProgress: string;
  next: string;
  seeResult: string;
  /** Next, on a question opened from the review. */
  backToReview: string;
  /** The review's answer for a skipped question. */
  notAnswered: string;
  /** The review's button to change an answer… */
  change: string;
  /** …and the rest of its accessible name, read by screen readers only: {prompt}. */
  changeWhat: string;
  /** Asking for more answers before a result: {n} (the fewest answers). */
  atLeast: PluralForms;
  /** The notice for a share link that cannot be read: {message}, one of codeErrors. */
  codeNotice: string;
  /** Why a share link cannot be read; never repeats the link. too-few has {n} (the fewest answers). */
  codeErrors: Record<CodeError, string>;
  /** Above the top role's name. */
  kicker: Perspective;
  /** A score: {n}. */
  outOf: string;
  /** The runner-up is within a few points: {role} … (its name's forms, name-forms.ts), {n} points behind. */
  close: PluralForms;
  /** The top two show the same score: {role} … is the runner-up, {n} the score. */
  tie: string;
  /** After the tie-breakers: what changed. {role} … is first now, {was} … was first before. */
  tiebreak: { changed: string; kept: string; none: string };
  /** The runner-up line: {role} …, {n} (its score) and {compare}, where the link goes. */
  runner: string;
  /** The comparison link: {a} … (the top role) and {b} … (the runner-up). */
  compare: string;
  /** Readiness: {pct} is a percentage. */
  readiness: { skipped: string; gaps: string; met: string };
  /** The link to the top role's page: {role} …. */
  roleLink: string;
  copied: string;
  /** When the clipboard is refused and the link is selected instead. */
  selectHint: string;
  words: ResultWords;
  plan: PlanText;
}

/** The plan's words (src/scripts/quiz.ts writes them). Placeholders are named in each comment. */
export interface PlanText {
  /** Read out after switching roles: {role} …, {n} steps. */
  switched: PluralForms;
  /** Before the description of the level a step works toward: {level}. */
  next: string;
  /** The link to every level of the area on the skills page: {skill}. */
  allLevels: string;
  /** Before the places that teach the area. */
  read: string;
  /** The routes into the role from the nearest starting role: {start} …, {role} …; plural on the number of routes. */
  route: Perspective<PluralForms>;
  /** The routes into the role when the answers rate no area: {role} …; plural on the number of routes. */
  routeAny: PluralForms;
  /** The link to the career paths page, after the routes. */
  pathsLink: string;
  /** The areas the answers do not rate: {skills}, a list as a sentence writes it. */
  unrated: string;
  /** When no area falls short. */
  noSteps: string;
  /** When no area is at the role's level. */
  noStrengths: string;
  /** After "Clear ticks". */
  cleared: string;
  /** Saved ticks that could not be read (broken, or from an older version of the quiz). */
  ticksNote: string;
}

export interface ClientData {
  /** The page's language, for Intl (plurals, numbers, lists). */
  lang: string;
  model: QuizModel;
  /** The quiz page's own address in the page's language: share links and the address bar use it. */
  quizUrl: string;
  /** Skill-area names in the model's skill order. */
  skillNames: string[];
  /** The same names inside a sentence ("machine learning", "SQL"). */
  skillNamesInText: string[];
  /** In the model's role order. */
  roles: {
    name: string;
    /** The role's name inside a sentence: the placeholders {role.the} … fill from these. */
    forms: NameForms;
    /** The role's page. */
    url: string;
    /** The role's level for each skill area as a sentence writes it, e.g. "Basic–Medium", "entre básico y medio". */
    levels: string[];
    /** The comparison page with each other role, by role id. */
    compare: Partial<Record<RoleId, string>>;
    /** Articles about the role, newest first, at most MAX_ROLE_ARTICLES. */
    articles: ClientLink[];
  }[];
  plan: ClientPlanData;
  text: ClientText;
}

/** What the plan needs beyond the scorer's model; the ordering itself runs in the browser (plan.ts). */
export interface ClientPlanData {
  /** Per skill area (model order): what each level looks like, Basic … Advanced (a step's next level is never Low). */
  levels: string[][];
  /** The skills page; each level's entry is "#<skill id>-<level>". */
  skillsUrl: string;
  /** The places the reading lists name: role-page sections, then articles (no others: the page's data stays small however many articles there are). */
  places: ClientLink[];
  /** [role][skill area], model orders: indexes into places, most relevant first (readingOrder). */
  reading: number[][][];
  /** Per role (model order): the career-path routes into it, as node ids, shortest first (chainsInto). */
  chains: string[][][];
  /** The career graph's nodes that are not roles (stages), by id: each name and its forms. */
  stages: Record<string, Named>;
  /** The career paths page. */
  pathsUrl: string;
}

export interface ClientDataInput {
  bank: Pick<QuizData, "version" | "questions">;
  matrix: Matrix;
  /** Articles with language-neutral paths, e.g. "/articles/x/", newest first; skills: the areas each teaches. */
  articles: { title: string; url: string; roles: string[]; skills: string[] }[];
  /** Per skill area (matrix order): what each level looks like. */
  levels: Record<Level, string>[];
  /** Role-page sections that teach skill areas, in role and page order: a title in the page's language and a language-neutral path. */
  sections: { role: RoleId; title: string; url: string; skills: string[] }[];
  /** The career graph's moves (content/paths.yaml). */
  moves: readonly MoveLike[];
  /** The career graph's stages, by id: each name and its forms. */
  stages: Record<string, Named>;
  /** Each role's name inside a sentence, by id. */
  forms: Partial<Record<RoleId, NameForms>>;
  /** Skill-area names inside a sentence, in the matrix's order. */
  skillNamesInText: string[];
  /** The level words inside a sentence (the dictionary's common.levelsInText and levelRangeInText). */
  levelWords: LevelWordsInText;
  lang: string;
  text: ClientText;
  /** A language-neutral path in the page's language (localePath at build time). */
  localize: (path: string) => string;
}

export function buildClientData({ bank, matrix, articles, levels, sections, moves, stages, forms, skillNamesInText, levelWords, lang, text, localize }: ClientDataInput): ClientData {
  const model = buildModel(bank, matrix);
  const places: ReadingPlace[] = [
    ...sections.map((s) => ({ kind: "section" as const, role: s.role, skills: s.skills })),
    ...articles.map((a) => ({ kind: "article" as const, roles: a.roles, skills: a.skills })),
  ];
  const need = (role: RoleId, skill: string) => model.roles.find((r) => r.id === role)!.needs[model.skills.indexOf(skill)]!;
  const reading = model.roles.map((r) => model.skills.map((skill) => readingOrder(places, r.id, skill, (other) => need(other, skill))));
  // Only the places some reading list names travel to the browser, renumbered in their order.
  const named = [...new Set(reading.flat(2))].sort((a, b) => a - b);
  const renumbered = new Map(named.map((at, i) => [at, i]));
  const allPlaces = [...sections, ...articles];
  return {
    lang,
    model,
    quizUrl: localize(QUIZ_PATH),
    skillNames: matrix.skills.map((s) => s.name),
    skillNamesInText,
    roles: model.roles.map((r) => {
      const role = matrix.roles.find((x) => x.id === r.id)!;
      const roleForms = forms[r.id];
      if (!roleForms) throw new Error(`quiz data: no name forms for role "${r.id}"`);
      return {
        name: role.name,
        forms: roleForms,
        url: localize(roleUrl(r.id)),
        levels: model.skills.map((s) => levelInText(role.skills[s]!, levelWords)),
        compare: Object.fromEntries(model.roles.filter((o) => o.id !== r.id).map((o) => [o.id, localize(compareUrl(r.id, o.id))])),
        articles: articles
          .filter((a) => a.roles.includes(r.id))
          .slice(0, MAX_ROLE_ARTICLES)
          .map(({ title, url }) => ({ title, url: localize(url) })),
      };
    }),
    plan: {
      levels: levels.map((l) => LEVELS.slice(1).map((level) => l[level])),
      skillsUrl: localize(SKILLS_PATH),
      places: named.map((at) => ({ title: allPlaces[at]!.title, url: localize(allPlaces[at]!.url) })),
      reading: reading.map((perSkill) => perSkill.map((list) => list.map((at) => renumbered.get(at)!))),
      chains: model.roles.map((r) => chainsInto(moves, r.id)),
      stages,
      pathsUrl: localize(PATHS_PATH),
    },
    text,
  };
}

/** JSON safe to place inside a <script> element: no "<" can close it early. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** The bank as /api/quiz.json publishes it. */
export function publishedBank(bank: Pick<QuizData, "version" | "questions"> & Partial<Pick<QuizData, "tiebreakers">>, lang = "en", method = "/quiz/how-it-works/") {
  return {
    version: bank.version,
    language: lang,
    signalRange: [-2, 2],
    method,
    questions: bank.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      prompt: q.prompt,
      ...(q.hint ? { hint: q.hint } : {}),
      options: q.options.map((o) => ({ id: o.id, label: o.label, signals: o.signals })),
    })),
    tiebreakers: (bank.tiebreakers ?? []).map((q) => ({
      id: q.id,
      pair: q.pair,
      prompt: q.prompt,
      ...(q.hint ? { hint: q.hint } : {}),
      options: q.options.map((o) => ({ id: o.id, label: o.label, signals: o.signals })),
    })),
  };
}

// The one JSON payload the quiz page hands its element: the scorer's model, the names and links
// the result needs, and every string the element writes, in the page's language. Built from typed
// content and the dictionary at build time, read in the browser: the element has no words of its own.
import type { PluralForms } from "../i18n-format";
import { levelLabel } from "../levels";
import type { Matrix } from "../matrix";
import type { RoleId } from "../roles";
import type { QuizData } from "../schemas";
import { compareUrl, QUIZ_PATH, roleUrl } from "./links";
import { buildModel, type QuizModel } from "./model";
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
  /** The runner-up is within a few points: {role}, {n} points behind. */
  close: PluralForms;
  /** The runner-up line: {role}, {n} (its score) and {compare}, where the link goes. */
  runner: string;
  /** The comparison link: {a} (the top role) and {b} (the runner-up). */
  compare: string;
  /** Readiness: {pct} is a percentage. */
  readiness: { skipped: string; gaps: string; met: string };
  /** The link to the top role's page: {role}. */
  roleLink: string;
  copied: string;
  /** When the clipboard is refused and the link is selected instead. */
  selectHint: string;
  words: ResultWords;
}

export interface ClientData {
  /** The page's language, for Intl (plurals, numbers, lists). */
  lang: string;
  model: QuizModel;
  /** The quiz page's own address in the page's language: share links and the address bar use it. */
  quizUrl: string;
  /** Skill-area names in the model's skill order. */
  skillNames: string[];
  /** In the model's role order. */
  roles: {
    name: string;
    /** The role's page. */
    url: string;
    /** The role's level in words for each skill area, e.g. "Basic–Medium". */
    levels: string[];
    /** The comparison page with each other role, by role id. */
    compare: Partial<Record<RoleId, string>>;
    /** Articles about the role. */
    articles: ClientLink[];
  }[];
  text: ClientText;
}

export interface ClientDataInput {
  bank: Pick<QuizData, "version" | "questions">;
  matrix: Matrix;
  /** Articles with language-neutral paths, e.g. "/articles/x/". */
  articles: { title: string; url: string; roles: string[] }[];
  lang: string;
  text: ClientText;
  /** A language-neutral path in the page's language (localePath at build time). */
  localize: (path: string) => string;
}

export function buildClientData({ bank, matrix, articles, lang, text, localize }: ClientDataInput): ClientData {
  const model = buildModel(bank, matrix);
  return {
    lang,
    model,
    quizUrl: localize(QUIZ_PATH),
    skillNames: matrix.skills.map((s) => s.name),
    roles: model.roles.map((r) => {
      const role = matrix.roles.find((x) => x.id === r.id)!;
      return {
        name: role.name,
        url: localize(roleUrl(r.id)),
        levels: model.skills.map((s) => levelLabel(role.skills[s]!, text.words.levels)),
        compare: Object.fromEntries(model.roles.filter((o) => o.id !== r.id).map((o) => [o.id, localize(compareUrl(r.id, o.id))])),
        articles: articles.filter((a) => a.roles.includes(r.id)).map(({ title, url }) => ({ title, url: localize(url) })),
      };
    }),
    text,
  };
}

/** JSON safe to place inside a <script> element: no "<" can close it early. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

/** The bank as /api/quiz.json publishes it. */
export function publishedBank(bank: Pick<QuizData, "version" | "questions">, lang = "en", method = "/quiz/how-it-works/") {
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
  };
}

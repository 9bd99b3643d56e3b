// What the page says about an ad: whether there is enough to read (too short, not a data job, another
// language), and for a readable ad, its profile matched against the six roles with the quiz's own
// matching (src/lib/quiz/score.ts: the shape of the profile against what sets each role apart), the
// close call, the title that names another role, and the "unicorn" that asks for everything. A
// shared link carries the profile alone (./share-code.ts), from which readProfile gives the same reading.
import { CLOSE_CALL_POINTS, WEAK_MATCH_R } from "../quiz/constants";
import type { QuizModel } from "../quiz/model";
import { profileOf, scoreProfile, type QuizResult } from "../quiz/score";
import { ROLE_IDS, type RoleId } from "../roles";
import { OFF_TOPIC_DENSITY, OFF_TOPIC_EVIDENCE, SHORT_WORDS, UNICORN_ADVANCED, UNICORN_AREAS } from "./constants";
import { detectLanguage } from "./language";
import type { CompiledLexicon, LanguageWords } from "./lexicon";
import { ADVANCED, readAd, type AdEvidence } from "./read";
import { tokenize } from "./text";

/** What a share link carries: the profile and the role the title names, never the text. */
export interface AdProfile {
  /** Per skill area (model order): 0 not asked, else Basic 2 … Advanced 5. */
  levels: number[];
  /** Per skill area: 0 … STRENGTH_STEPS. */
  strengths: number[];
  /** The role the ad's own title names, if any. */
  titleRole: RoleId | null;
}

export interface AdReading extends AdProfile {
  /** The six roles ranked against the profile (scores, contributions), best first. */
  result: QuizResult;
  ranking: RoleId[];
  /** The runner-up is within the quiz's close-call margin. */
  closeCall: boolean;
  /** The top two show the same score. */
  tie: boolean;
  /** The title names a role other than the closest one. */
  mismatch: boolean;
  /** It asks for nearly everything at the top levels. */
  unicorn: boolean;
}

/** The reading of a profile: the ranking and what the page says about it. */
export function readProfile(model: QuizModel, profile: AdProfile): AdReading {
  const result = scoreProfile(model, profileOf(profile.strengths));
  const [top, runner] = result.ranked;
  const asked = profile.levels.filter((l) => l > 0).length;
  const advanced = profile.levels.filter((l) => l >= ADVANCED).length;
  return {
    ...profile,
    result,
    ranking: result.ranking,
    closeCall: top!.shown - runner!.shown <= CLOSE_CALL_POINTS,
    tie: top!.shown === runner!.shown,
    mismatch: profile.titleRole !== null && profile.titleRole !== result.ranking[0],
    unicorn: asked >= UNICORN_AREAS && advanced >= UNICORN_ADVANCED,
  };
}

/** The profile an ad's evidence gives. */
export function profileFrom(evidence: AdEvidence): AdProfile {
  const role = evidence.title?.role ?? -1;
  return { levels: evidence.levels, strengths: evidence.strengths, titleRole: role >= 0 ? ROLE_IDS[role]! : null };
}

export type AdStatus = "ok" | "empty" | "short" | "off-topic" | "other-language";

/**
 * Whether there is enough to read: a plain message instead of a confident answer when there is not.
 * Too short; or not a data or AI job: too little evidence for the data skill areas, too thin for the
 * ad's length, or a profile that even the closest role matches only weakly.
 */
export function statusOf(evidence: AdEvidence, reading: AdReading): Exclude<AdStatus, "other-language" | "empty"> {
  if (evidence.words < SHORT_WORDS) return "short";
  const density = (100 * evidence.dataEvidence) / evidence.words;
  if (evidence.dataEvidence < OFF_TOPIC_EVIDENCE || density < OFF_TOPIC_DENSITY || reading.result.ranked[0]!.r < WEAK_MATCH_R) return "off-topic";
  return "ok";
}

export type Decoded =
  | { status: "empty" | "other-language" | "short" | "off-topic"; lang: string | null; evidence: AdEvidence | null }
  | { status: "ok"; lang: string; evidence: AdEvidence; reading: AdReading }
  /** The ad is in a language whose lexicon the page has not loaded yet. */
  | { status: "needs-lexicon"; lang: string };

/**
 * Decodes an ad with the lexicon of the language it is written in (the page's own when the ad says
 * too little to tell). `lexicons` holds those loaded so far; with the ad's missing, the answer says
 * which to load.
 */
export function decodeAd(text: string, lexicons: Readonly<Record<string, CompiledLexicon>>, words: LanguageWords, pageLang: string, model: QuizModel): Decoded {
  const tokens = tokenize(text);
  if (tokens.length === 0) return { status: "empty", lang: null, evidence: null };
  const guess = detectLanguage(tokens, words).lang ?? pageLang;
  if (guess === "other") return { status: "other-language", lang: null, evidence: null };
  const lexicon = lexicons[guess];
  if (!lexicon) return { status: "needs-lexicon", lang: guess };
  const evidence = readAd(text, lexicon);
  const reading = readProfile(model, profileFrom(evidence));
  const status = statusOf(evidence, reading);
  if (status !== "ok") return { status, lang: guess, evidence };
  return { status, lang: guess, evidence, reading };
}

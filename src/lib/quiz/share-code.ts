// Share codes: the answers in a few URL-safe characters, and optionally the role the plan is for.
//
//   <bank version>.<one character per question>[.t<tie-breaker answers>][.<plan field>]
//
// Answers: a is the first option, b the second … and "-" means unanswered, e.g. "1.ab-c". The plan
// field is versioned on its own: "<field version><role letter>", e.g. "1.ab-c.1c". Version 1 letters
// the roles a … f in PLAN_ROLES_V1's order. A code without the field (every code made before the
// plan existed) opens on the best-fit role; a well-formed field of a later version, which this page
// cannot know, is ignored the same way, so the answers still open. The tie-breaker field holds one
// character per tie-breaker the answers' close call offers (tiebreak.ts), in the order offered,
// e.g. "2.ab…c.tb-a": the answers decide which were offered, so the field carries only the choices;
// a field that does not fit what the answers offer is refused as malformed. Parsing is strict and never
// throws: anything else is refused with a reason the page can explain (in the page's language: the
// dictionary's quiz.client.codeErrors has a message per CodeError). Codes carry no language, so a
// link made on one language's page opens the same result on any other.
import type { RoleId } from "../roles";
import { MIN_ANSWERS } from "./constants";
import type { Answers, QuizModel } from "./model";
import { scoreAnswers } from "./score";
import { tiebreakersFor } from "./tiebreak";

/** Longer input is refused before it is looked at. */
export const MAX_CODE_LENGTH = 64;
const SKIPPED = "-";
const FIRST = "a".charCodeAt(0);
/** The plan field's current version. */
export const PLAN_FIELD_VERSION = 1;
/** The roles as version 1 of the plan field letters them (a … f). Fixed here so a new role order cannot change what a code means. */
export const PLAN_ROLES_V1: readonly RoleId[] = ["data-analyst", "data-scientist", "ml-engineer", "data-engineer", "deep-learning-engineer", "ai-engineer"];

export type CodeError = "empty" | "too-long" | "malformed" | "version" | "length" | "option" | "too-few";
export type CodeResult =
  | { ok: true; answers: (number | null)[]; role: RoleId | null; ties: (number | null)[] }
  | { ok: false; error: CodeError };

const letter = (i: number) => String.fromCharCode(FIRST + i);

const letters = (answers: Answers) => answers.map((a) => (a === null ? SKIPPED : letter(a))).join("");

/** The code for `answers`, with the tie-breaker answers (one per offered, in order) and the plan's role when given. */
export function encodeAnswers(model: Pick<QuizModel, "version">, answers: Answers, role: RoleId | null = null, ties: Answers = []): string {
  let code = `${model.version}.${letters(answers)}`;
  if (ties.some((t) => t !== null)) code += `.t${letters(ties)}`;
  const r = role === null ? -1 : PLAN_ROLES_V1.indexOf(role);
  return r < 0 ? code : `${code}.${PLAN_FIELD_VERSION}${letter(r)}`;
}

/**
 * Reads a code against the current bank. `minAnswers` is the fewest answered questions accepted
 * (a shared result needs MIN_ANSWERS; saved progress may have none).
 */
export function decodeAnswers(model: QuizModel, input: unknown, minAnswers = MIN_ANSWERS): CodeResult {
  const fail = (error: CodeError): CodeResult => ({ ok: false, error });
  if (typeof input !== "string" || input.length === 0) return fail("empty");
  if (input.length > MAX_CODE_LENGTH) return fail("too-long");
  const match = /^([1-9][0-9]{0,5})\.([a-z-]+)(?:\.t([a-z-]{1,9}))?(?:\.([1-9][0-9]?)([a-z]))?$/.exec(input);
  if (!match) return fail("malformed");
  if (Number(match[1]) !== model.version) return fail("version");
  const chars = match[2]!;
  if (chars.length !== model.questions.length) return fail("length");
  const answers: (number | null)[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === SKIPPED) {
      answers.push(null);
      continue;
    }
    const index = c.charCodeAt(0) - FIRST;
    if (index >= model.questions[i]!.options.length) return fail("option");
    answers.push(index);
  }
  if (answers.filter((a) => a !== null).length < minAnswers) return fail("too-few");
  let role: RoleId | null = null;
  if (Number(match[4]) === PLAN_FIELD_VERSION) {
    role = PLAN_ROLES_V1[match[5]!.charCodeAt(0) - FIRST] ?? null;
    if (role === null) return fail("malformed");
  }
  const ties: (number | null)[] = [];
  if (match[3] !== undefined) {
    // Only what these answers' close call offers can have been answered.
    const offered = tiebreakersFor(model, scoreAnswers(model, answers));
    if (match[3].length !== offered.length) return fail("malformed");
    for (let k = 0; k < offered.length; k++) {
      const c = match[3][k]!;
      const index = c === SKIPPED ? null : c.charCodeAt(0) - FIRST;
      if (index !== null && index >= model.tiebreakers[offered[k]!]!.options.length) return fail("option");
      ties.push(index);
    }
  }
  return { ok: true, answers, role, ties };
}

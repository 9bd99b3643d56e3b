// Share codes: the answers in a few URL-safe characters. "<version>.<one character per question>"
// where a is the first option, b the second … and "-" means unanswered, e.g. "1.ab-c". Parsing
// is strict and never throws: anything else is refused with a reason the page can explain (in the
// page's language: the dictionary's quiz.client.codeErrors has a message per CodeError). Codes
// carry no language, so a link made on one language's page opens the same result on any other.
import { MIN_ANSWERS } from "./constants";
import type { Answers, QuizModel } from "./model";

/** Longer input is refused before it is looked at. */
export const MAX_CODE_LENGTH = 64;
const SKIPPED = "-";
const FIRST = "a".charCodeAt(0);

export type CodeError = "empty" | "too-long" | "malformed" | "version" | "length" | "option" | "too-few";
export type CodeResult = { ok: true; answers: (number | null)[] } | { ok: false; error: CodeError };

export function encodeAnswers(model: Pick<QuizModel, "version">, answers: Answers): string {
  return `${model.version}.${answers.map((a) => (a === null ? SKIPPED : String.fromCharCode(FIRST + a))).join("")}`;
}

/**
 * Reads a code against the current bank. `minAnswers` is the fewest answered questions accepted
 * (a shared result needs MIN_ANSWERS; saved progress may have none).
 */
export function decodeAnswers(model: Pick<QuizModel, "version" | "questions">, input: unknown, minAnswers = MIN_ANSWERS): CodeResult {
  const fail = (error: CodeError): CodeResult => ({ ok: false, error });
  if (typeof input !== "string" || input.length === 0) return fail("empty");
  if (input.length > MAX_CODE_LENGTH) return fail("too-long");
  const match = /^([1-9][0-9]{0,5})\.([a-z-]+)$/.exec(input);
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
  return { ok: true, answers };
}

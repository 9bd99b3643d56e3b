// "Copy a link to this reading": the reading's profile in a short versioned code, never the ad's text.
//
//   <version>.<one level digit per skill area>.<one strength digit per skill area>.<title role letter>
//
// e.g. "1.340003000200.590007000300.c". Levels: 0 not asked, 2 Basic … 5 Advanced. Strengths: 0 … 9,
// what the roles are matched on (STRENGTH_STEPS). The title letter is a … f in TITLE_ROLES_V1's
// order, "-" when the title names no role. Version 1 has one digit per area of the twelve, in the
// skill matrix's order: a change to the areas needs a new version. Parsing is strict and never
// throws: anything else is refused with a reason the page explains in its language, and nothing from
// the link is ever written into the page as text it did not choose.
import type { RoleId } from "../roles";
import { STRENGTH_STEPS } from "./constants";
import type { AdProfile } from "./reading";

export const AD_CODE_VERSION = 1;
/** Longer input is refused before it is looked at. */
export const MAX_AD_CODE_LENGTH = 64;
/** The roles as version 1 letters them (a … f), fixed here so a new role order cannot change what a code means. */
export const TITLE_ROLES_V1: readonly RoleId[] = ["data-analyst", "data-scientist", "ml-engineer", "data-engineer", "deep-learning-engineer", "ai-engineer"];
const FIRST = "a".charCodeAt(0);

export type AdCodeError = "empty" | "too-long" | "malformed" | "version" | "length" | "nothing";
export type AdCodeResult = { ok: true; profile: AdProfile } | { ok: false; error: AdCodeError };

export function encodeProfile(profile: AdProfile): string {
  const role = profile.titleRole === null ? -1 : TITLE_ROLES_V1.indexOf(profile.titleRole);
  return [AD_CODE_VERSION, profile.levels.join(""), profile.strengths.join(""), role < 0 ? "-" : String.fromCharCode(FIRST + role)].join(".");
}

/** Reads a code for `areas` skill areas. */
export function decodeProfile(input: unknown, areas: number): AdCodeResult {
  const fail = (error: AdCodeError): AdCodeResult => ({ ok: false, error });
  if (typeof input !== "string" || input.length === 0) return fail("empty");
  if (input.length > MAX_AD_CODE_LENGTH) return fail("too-long");
  const match = /^([1-9][0-9]?)\.([0-9]+)\.([0-9]+)\.([a-z-])$/.exec(input);
  if (!match) return fail("malformed");
  if (Number(match[1]) !== AD_CODE_VERSION) return fail("version");
  const [levels, strengths] = [match[2]!, match[3]!].map((digits) => [...digits].map(Number));
  if (levels!.length !== areas || strengths!.length !== areas) return fail("length");
  if (levels!.some((l) => l === 1 || l > 5) || strengths!.some((s) => s > STRENGTH_STEPS)) return fail("malformed");
  if (strengths!.every((s) => s === 0)) return fail("nothing");
  const letter = match[4]!;
  const titleRole = letter === "-" ? null : (TITLE_ROLES_V1[letter.charCodeAt(0) - FIRST] ?? null);
  if (letter !== "-" && titleRole === null) return fail("malformed");
  return { ok: true, profile: { levels: levels!, strengths: strengths!, titleRole } };
}

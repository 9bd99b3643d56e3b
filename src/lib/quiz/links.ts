// Where the result links to; comparison pages use the one canonical pair order.
import { pairSlug, type RoleId } from "../roles";

export const roleUrl = (id: RoleId) => `/roles/${id}/`;
export const compareUrl = (a: RoleId, b: RoleId) => `/compare/${pairSlug(a, b)}/`;
export const QUIZ_PATH = "/quiz/";
/** The query parameter that carries a share code. */
export const CODE_PARAM = "r";

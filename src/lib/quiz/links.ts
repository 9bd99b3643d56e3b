// Where the result links to, as language-neutral paths; comparison pages use the one canonical
// pair order. The page localizes them at build time (localePath) and hands the browser the
// finished URLs in its data, so the quiz element never builds a language prefix.
import { pairSlug, type RoleId } from "../roles";

export const roleUrl = (id: RoleId) => `/roles/${id}/`;
export const compareUrl = (a: RoleId, b: RoleId) => `/compare/${pairSlug(a, b)}/`;
export const articleUrl = (slug: string) => `/articles/${slug}/`;
export const QUIZ_PATH = "/quiz/";
export const METHOD_PATH = "/quiz/how-it-works/";
export const SKILLS_PATH = "/skills/";
export const PATHS_PATH = "/paths/";
/** A role page's section, by its fixed anchor (the same in every language). */
export const sectionUrl = (id: RoleId, section: string) => `/roles/${id}/#${section}`;
/** The query parameter that carries a share code. */
export const CODE_PARAM = "r";

// Site-wide names and navigation, kept out of markup so pages, feeds and cards agree.

export const SITE_NAME = "Data Career Guide";
export const SITE_TAGLINE = "Find your place among the data and AI careers";
export const SITE_DESCRIPTION =
  "Compare Data Analyst, Data Scientist, ML Engineer, Data Engineer, Deep Learning Engineer and AI Engineer, see the skills each needs, and take a quiz that shows its workings.";

/** The main navigation: language-neutral paths; each key names its label in the dictionary (common.nav). */
export const NAV = [
  { href: "/roles/", label: "Roles", key: "roles" },
  { href: "/compare/", label: "Compare", key: "compare" },
  { href: "/skills/", label: "Skills", key: "skills" },
  { href: "/paths/", label: "Paths", key: "paths" },
  { href: "/articles/", label: "Articles", key: "articles" },
  { href: "/quiz/", label: "Quiz", key: "quiz" },
  { href: "/decode/", label: "Job ads", key: "decode" },
  { href: "/search/", label: "Search", key: "search" },
] as const;

/** True when `path` is the nav item's page or below it. */
export function isCurrent(path: string, href: string): boolean {
  return path === href || (href !== "/" && path.startsWith(href));
}

// Site-wide names and navigation, kept out of markup so pages, feeds and cards agree.

export const SITE_NAME = "Data Career Guide";
export const SITE_TAGLINE = "Find your place among the data and AI careers";
export const SITE_DESCRIPTION =
  "Compare Data Analyst, Data Scientist, ML Engineer, Data Engineer, Deep Learning Engineer and AI Engineer, see the skills each needs, and take a quiz that shows its workings.";

export const NAV = [
  { href: "/roles/", label: "Roles" },
  { href: "/compare/", label: "Compare" },
  { href: "/skills/", label: "Skills" },
  { href: "/paths/", label: "Paths" },
  { href: "/articles/", label: "Articles" },
  { href: "/quiz/", label: "Quiz" },
  { href: "/search/", label: "Search" },
] as const;

/** True when `path` is the nav item's page or below it. */
export function isCurrent(path: string, href: string): boolean {
  return path === href || (href !== "/" && path.startsWith(href));
}

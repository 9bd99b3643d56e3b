// Which kind of page a built file is, from its path alone: the size gate budgets by page type,
// and the HTML and link gates name pages by the address a visitor would type.

export const PAGE_TYPES = [
  "home",
  "role",
  "compare",
  "skills",
  "paths",
  "article",
  "article-list",
  "quiz",
  "quiz-how-it-works",
  "search",
  "decode",
  "other",
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Folders of the built site that hold no pages of ours: Pagefind's index and UI. */
export const NON_PAGE_DIRS = ["pagefind"] as const;

/** True for a built file (path relative to the output folder, "/" separators) that is one of the site's pages. */
export function isPageFile(file: string): boolean {
  const first = file.split("/")[0]!;
  return file.endsWith(".html") && !(NON_PAGE_DIRS as readonly string[]).includes(first);
}

/** The address a built file is served at: "articles/x/index.html" -> "/articles/x/", "404.html" -> "/404.html". */
export function routeOf(file: string): string {
  const path = `/${file.replace(/^\/+/, "")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

/**
 * The page type of an address such as "/roles/data-analyst/". A page in another language
 * ("/es/roles/data-analyst/", with its `lang`) is the same type as its English twin.
 */
export function pageTypeOf(route: string, lang = "en"): PageType {
  if (lang !== "en" && route.startsWith(`/${lang}/`)) route = route.slice(lang.length + 1);
  if (route.endsWith(".html")) return "other";
  const parts = route.split("/").filter(Boolean);
  const [first, second] = parts;
  const depth = parts.length;
  switch (first) {
    case undefined:
      return "home";
    case "roles":
      return depth <= 2 ? "role" : "other";
    case "compare":
      return depth <= 2 ? "compare" : "other";
    case "skills":
      return depth === 1 ? "skills" : "other";
    case "paths":
      return depth === 1 ? "paths" : "other";
    case "articles":
      // The index and its pages (/articles/2/), and every tag's, role's and skill area's list and
      // its pages (/articles/tags/llm/2/).
      if (depth === 1 || (depth === 2 && /^\d+$/.test(second!))) return "article-list";
      if (["tags", "roles", "skills"].includes(second!) && (depth === 3 || (depth === 4 && /^\d+$/.test(parts[3]!)))) return "article-list";
      return depth === 2 ? "article" : "other";
    case "quiz":
      if (depth === 1) return "quiz";
      return depth === 2 && second === "how-it-works" ? "quiz-how-it-works" : "other";
    case "search":
      return depth === 1 ? "search" : "other";
    case "decode":
      return depth === 1 ? "decode" : "other";
    default:
      return "other";
  }
}

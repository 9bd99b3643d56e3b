// Gate results turned into lines a contributor can act on: the page's address first, then where
// and what.

/** The parts of an html-validate message the report uses. */
export interface HtmlProblem {
  line: number;
  column: number;
  severity: number;
  ruleId: string;
  message: string;
  selector?: string | null;
}

/** "/skills/ line 105:5: error: <message> [rule] at <selector>", in document order. */
export function formatHtmlProblems(route: string, problems: readonly HtmlProblem[]): string[] {
  return [...problems]
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .map((p) => {
      const level = p.severity === 2 ? "error" : "warning";
      const where = p.selector ? ` at ${p.selector}` : "";
      return `${route} line ${p.line}:${p.column}: ${level}: ${p.message} [${p.ruleId}]${where}`;
    });
}

/** The parts of a linkinator result the report uses. */
export interface LinkResult {
  url: string;
  state: string;
  status?: number | undefined;
  parent?: string | undefined;
  failureDetails?: unknown[] | undefined;
}

export interface BrokenLink {
  /** The page the link is on. */
  page: string;
  /** Where it points, as written on the site (local server origins removed). */
  target: string;
  /** Why it is broken: "404 Not Found", "no element with id "x" on /page/". */
  reason: string;
}

/**
 * The address a crawled URL stands for, as a path on the site: the origin is dropped for the given
 * (local server or own-site) origins and "index.html" folded away. Linkinator already reports
 * pages of the folder it serves relative to that folder ("roles/", "index.html", "./").
 */
export function displayUrl(url: string, origins: readonly string[]): string {
  let u: URL;
  try {
    u = new URL(url);
    if (!origins.includes(u.origin)) return url;
  } catch {
    u = new URL(`/${url.replace(/^\.?\/+/, "")}`, "http://served.invalid");
  }
  const path = u.pathname.endsWith("/index.html") ? u.pathname.slice(0, -"index.html".length) : u.pathname;
  return `${path}${u.search}${u.hash}`;
}

function reasonOf(r: LinkResult, target: string): string {
  for (const d of r.failureDetails ?? []) {
    const message = d instanceof Error ? d.message : "";
    const fragment = /Fragment identifier '#(.*)' not found/.exec(message);
    if (fragment) return `no element with id "${fragment[1]}" on ${target.replace(/#.*$/, "")}`;
  }
  if (r.status === 404) return "404 Not Found: no such page or file";
  if (r.status && r.status >= 300 && r.status < 400) return `${r.status} redirect: link to where it leads instead`;
  if (r.status) return `HTTP ${r.status}`;
  const detail = (r.failureDetails ?? []).find((d): d is Error => d instanceof Error);
  return detail ? detail.message : "could not be loaded";
}

/** The broken links in a crawl, one per page and target, sorted by page then target. */
export function brokenLinks(results: readonly LinkResult[], origins: readonly string[]): BrokenLink[] {
  const seen = new Set<string>();
  const broken: BrokenLink[] = [];
  for (const r of results) {
    if (r.state !== "BROKEN") continue;
    const target = displayUrl(r.url, origins);
    const page = r.parent ? displayUrl(r.parent, origins) : "(start page)";
    const key = `${page} ${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    broken.push({ page, target, reason: reasonOf(r, target) });
  }
  return broken.sort((a, b) => a.page.localeCompare(b.page) || a.target.localeCompare(b.target));
}

/** "/page/: broken link to /target/ (reason)", a line each. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string[] {
  return broken.map((b) => `${b.page}: broken link to ${b.target} (${b.reason})`);
}

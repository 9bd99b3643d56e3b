// The W3C Nu HTML checker's JSON report (vnu --format json) read into the gate's terms: errors,
// warnings and plain notes, each on the page a visitor would type, with warnings the project has
// looked at and accepted (scripts/nu-warnings.ts) set aside with their reason.

/** One entry of vnu's "messages" array; the checker leaves out fields it has no value for. */
export interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  hiliteStart?: number;
  hiliteLength?: number;
}

export type NuLevel = "error" | "warning" | "info";

/** A warning accepted after reading it: what it says, optionally the markup it points at, and why. */
export interface AllowedWarning {
  /** A few words for the summary line, e.g. "JSON data blocks". */
  name: string;
  message: RegExp;
  /** Matched against the highlighted source the message points at, e.g. a <script> start tag. */
  markup?: RegExp;
  reason: string;
}

export interface NuProblem {
  route: string;
  level: "error" | "warning";
  line?: number;
  column?: number;
  message: string;
}

export interface NuReport {
  /** Errors and warnings that no allowance covers, in page then line order. */
  problems: NuProblem[];
  /** How many warnings each allowance covered, in the allowances' order. */
  allowed: number[];
  /** Plain notes ("info" without the warning subtype), which never fail the gate. */
  infos: number;
}

/** The messages of vnu's JSON output; anything else is an error that names what came back. */
export function parseNuOutput(text: string): NuMessage[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`the Nu checker did not write JSON: ${text.trim().slice(0, 300) || "(no output)"}`);
  }
  const messages = (data as { messages?: unknown } | null)?.messages;
  if (!Array.isArray(messages) || !messages.every((m) => typeof m?.type === "string" && typeof m?.message === "string"))
    throw new Error(`the Nu checker's JSON has no list of messages: ${text.trim().slice(0, 300)}`);
  return messages as NuMessage[];
}

/** Errors include the checker's own trouble with a file ("non-document-error", e.g. unreadable). */
export function nuLevel(m: NuMessage): NuLevel {
  if (m.type === "info") return m.subType === "warning" ? "warning" : "info";
  return "error";
}

/** The source the message highlights within its extract, e.g. `<script type="application/ld+json">`. */
export function markupOf(m: NuMessage): string {
  if (m.extract === undefined || m.hiliteStart === undefined || m.hiliteLength === undefined) return "";
  return m.extract.slice(m.hiliteStart, m.hiliteStart + m.hiliteLength);
}

/** A file URL in one spelling: vnu writes "file:/a/b", Node's pathToFileURL "file:///a/b". */
export function normalFileUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/**
 * Sorts the checker's messages into what fails the gate and what does not. `routes` maps each
 * checked file's URL (any spelling) to its address on the site.
 */
export function nuReport(messages: readonly NuMessage[], routes: ReadonlyMap<string, string>, allowances: readonly AllowedWarning[]): NuReport {
  const byUrl = new Map([...routes].map(([url, route]) => [normalFileUrl(url), route]));
  const allowed = allowances.map(() => 0);
  const problems: NuProblem[] = [];
  let infos = 0;
  for (const m of messages) {
    const level = nuLevel(m);
    if (level === "info") {
      infos++;
      continue;
    }
    if (level === "warning") {
      const i = allowances.findIndex((a) => a.message.test(m.message) && (!a.markup || a.markup.test(markupOf(m))));
      if (i >= 0) {
        allowed[i]!++;
        continue;
      }
    }
    const route = m.url ? (byUrl.get(normalFileUrl(m.url)) ?? m.url) : "(no page)";
    const line = m.firstLine ?? m.lastLine;
    problems.push({
      route,
      level,
      ...(line !== undefined ? { line } : {}),
      ...(m.firstColumn !== undefined ? { column: m.firstColumn } : {}),
      message: m.message,
    });
  }
  problems.sort((a, b) => a.route.localeCompare(b.route) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { problems, allowed, infos };
}

/** "/search/ line 62:3: error: Stray start tag "script".", like the html-validate gate's lines. */
export function formatNuProblems(problems: readonly NuProblem[]): string[] {
  return problems.map((p) => {
    const where = p.line === undefined ? ":" : ` line ${p.line}${p.column === undefined ? "" : `:${p.column}`}:`;
    return `${p.route}${where} ${p.level}: ${p.message}`;
  });
}

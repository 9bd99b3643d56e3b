// The comparison with Starlight and a bare Astro site (npm run bench -- --anchor): its figures,
// the ratios, whether the targets are met, and its section of bench/RESULTS.md.
import { markdownTable, textTable } from "../gates/format";
import type { BenchReport } from "./results";
import { VOCABULARY_SIZE } from "./words";

export type SiteName = "project" | "starlight" | "bare";

/** The builds each site does, in this order. */
export const PHASES = ["cold", "warm", "edit", "describe"] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABEL: Record<Phase, string> = {
  cold: "cold build",
  warm: "rebuild, nothing changed",
  edit: "rebuild, one article's body changed",
  describe: "rebuild, one article's description changed",
};

export interface AnchorRun {
  site: SiteName;
  phase: Phase;
  /** Wall-clock seconds. */
  seconds: number;
  /** User + system CPU seconds; null when not measured. */
  cpuSeconds: number | null;
  /** Peak resident memory in MB; null when not measured. */
  peakMb: number | null;
  /** Load average (1, 5, 15 minutes) just before and just after the build. */
  loadBefore?: number[] | undefined;
  loadAfter?: number[] | undefined;
  /** Wall-clock seconds per phase of the build (scripts/bench/phases.ts). */
  phases?: Record<string, number> | undefined;
}

export interface SiteSummary {
  name: SiteName;
  label: string;
  /** HTML pages in the output (search index left out). */
  pages: number;
  /** Bytes of every file in the output. */
  bytes: number;
  /** Warning lines in the cold build's log. */
  warnings: number;
}

export interface AnchorComparison {
  extraArticles: number;
  sites: SiteSummary[];
  runs: AnchorRun[];
  /** Lighthouse (mobile) on the same generated article in each site's output: median LCP in ms; absent when not measured. */
  articleLcp?: Partial<Record<SiteName, number>>;
}

export interface AnchorReport {
  date: string;
  commit: string;
  machine: BenchReport["machine"];
  /** Load average when the run ended. */
  loadAfter: number[];
  node: string;
  astro: string;
  memoryMethod: string;
  comparisons: AnchorComparison[];
}

const fixed = (n: number, digits: number) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function run(c: AnchorComparison, site: SiteName, phase: Phase): AnchorRun {
  const r = c.runs.find((x) => x.site === site && x.phase === phase);
  if (!r) throw new Error(`no ${phase} build of ${site}`);
  return r;
}

/** The highest peak memory of a site's builds; null when none was measured. */
export function peakOf(c: AnchorComparison, site: SiteName): number | null {
  const peaks = c.runs.filter((r) => r.site === site && r.peakMb !== null).map((r) => r.peakMb!);
  return peaks.length ? Math.max(...peaks) : null;
}

function summary(c: AnchorComparison, site: SiteName): SiteSummary {
  const s = c.sites.find((x) => x.name === site);
  if (!s) throw new Error(`no summary for ${site}`);
  return s;
}

/** This site's figure over an anchor's, e.g. 0.8 (null when either is missing or the anchor's is 0). */
export function ratio(mine: number | null, theirs: number | null): number | null {
  return mine === null || theirs === null || theirs === 0 ? null : mine / theirs;
}

interface Figure {
  name: string;
  value: (site: SiteName) => number | null;
  format: (n: number) => string;
}

function figures(c: AnchorComparison): Figure[] {
  const secs = (n: number) => `${fixed(n, 1)} s`;
  const figure = (phase: Phase, what: "seconds" | "cpuSeconds", name: string): Figure => ({ name, value: (s) => run(c, s, phase)[what], format: secs });
  return [
    { name: "pages", value: (s) => summary(c, s).pages, format: (n) => fixed(n, 0) },
    figure("cold", "seconds", "cold build, caches empty"),
    figure("cold", "cpuSeconds", "cold build, CPU time"),
    figure("warm", "seconds", "rebuild, nothing changed (caches kept)"),
    figure("warm", "cpuSeconds", "rebuild, nothing changed, CPU time"),
    figure("edit", "seconds", "rebuild, one article's body changed"),
    figure("edit", "cpuSeconds", "rebuild, one body changed, CPU time"),
    figure("describe", "seconds", "rebuild, one article's description changed"),
    figure("describe", "cpuSeconds", "rebuild, one description changed, CPU time"),
    { name: "peak memory (highest of the four builds)", value: (s) => peakOf(c, s), format: (n) => `${fixed(n, 0)} MB` },
    { name: "output", value: (s) => summary(c, s).bytes, format: (n) => `${fixed(n / 1024 ** 2, 1)} MB` },
    { name: "cold build per 1,000 pages", value: (s) => (run(c, s, "cold").seconds * 1000) / summary(c, s).pages, format: secs },
    ...(c.articleLcp
      ? [{ name: "an article's LCP (Lighthouse, mobile, median)", value: (s: SiteName) => c.articleLcp?.[s] ?? null, format: (n: number) => `${fixed(n / 1000, 2)} s` }]
      : []),
  ];
}

const HEAD = ["", "this site", "Starlight", "bare Astro", "÷ Starlight", "÷ bare"];

function rows(c: AnchorComparison): string[][] {
  const cell = (f: Figure, s: SiteName) => {
    const v = f.value(s);
    return v === null ? "n/a" : f.format(v);
  };
  const times = (r: number | null) => (r === null ? "n/a" : `${fixed(r, 2)}×`);
  return figures(c).map((f) => [
    f.name,
    cell(f, "project"),
    cell(f, "starlight"),
    cell(f, "bare"),
    times(ratio(f.value("project"), f.value("starlight"))),
    times(ratio(f.value("project"), f.value("bare"))),
  ]);
}

/** One comparison as a text table, for the terminal. */
export function anchorTable(c: AnchorComparison): string {
  return `${fixed(c.extraArticles, 0)} generated articles\n${textTable(HEAD, rows(c), "lrrrrr")}`;
}

export interface Target {
  what: string;
  /** This site's figure and the limit it is held to. */
  mine: number | null;
  limit: number | null;
  met: boolean | null;
  unit: string;
}

/**
 * The targets, against Starlight building the same work (both languages, a share card per page):
 * this site's cold build at most half Starlight's cold build; a rebuild with nothing changed at
 * most a quarter of it; a rebuild after one article's body or description changed at most 0.3 of
 * it; peak memory at most 0.8 of Starlight's; and (when measured) an article's LCP within 10% of
 * the bare Astro site's.
 */
export const TARGETS = { cold: 0.5, warm: 0.25, edit: 0.3, describe: 0.3, memory: 0.8 } as const;

export function targets(c: AnchorComparison): Target[] {
  const starCold = run(c, "starlight", "cold").seconds;
  const check = (what: string, mine: number | null, limit: number | null, unit: string): Target => ({
    what,
    mine,
    limit,
    met: mine === null || limit === null ? null : mine <= limit,
    unit,
  });
  const star = peakOf(c, "starlight");
  return [
    check(`cold build ≤ ${TARGETS.cold}× Starlight's cold build`, run(c, "project", "cold").seconds, starCold * TARGETS.cold, "s"),
    check(`rebuild with nothing changed ≤ ${TARGETS.warm}× Starlight's cold build`, run(c, "project", "warm").seconds, starCold * TARGETS.warm, "s"),
    check(`rebuild after one article's body changed ≤ ${TARGETS.edit}× Starlight's cold build`, run(c, "project", "edit").seconds, starCold * TARGETS.edit, "s"),
    check(`rebuild after one article's description changed ≤ ${TARGETS.describe}× Starlight's cold build`, run(c, "project", "describe").seconds, starCold * TARGETS.describe, "s"),
    check(`peak memory ≤ ${TARGETS.memory}× Starlight's`, peakOf(c, "project"), star === null ? null : star * TARGETS.memory, "MB"),
    ...(c.articleLcp
      ? [check("an article's LCP within 10% of the bare Astro site's", c.articleLcp.project ?? null, c.articleLcp.bare === undefined ? null : c.articleLcp.bare * 1.1, "ms")]
      : []),
  ];
}

/** What a target missed by: this site's figure over its limit ("1.24× the limit", "+8.1 s"). */
export function missedBy(t: Target): string | null {
  if (t.met !== false || t.mine === null || t.limit === null) return null;
  return `${fixed(t.mine / t.limit, 2)}× the limit, ${fixed(t.mine - t.limit, t.unit === "s" ? 1 : 0)} ${t.unit} over`;
}

function targetLine(t: Target): string {
  const n = (x: number | null) => (x === null ? "n/a" : `${fixed(x, t.unit === "s" ? 1 : 0)} ${t.unit}`);
  const verdict = t.met === null ? "not measured" : t.met ? "**met**" : "**not met**";
  const by = missedBy(t);
  return `- ${t.what}: ${verdict} (${n(t.mine)} against ${n(t.limit)}${by ? `; ${by}` : ""})`;
}

export const ANCHOR_SECTION = "anchor";

const loadOf = (l: number[] | undefined) => (l ? l.map((x) => fixed(x, 2)).join(", ") : "n/a");
/** The phases this site's builds went through, in build order. */
const phaseNames = (c: AnchorComparison) => [...new Set(c.runs.filter((x) => x.site === "project").flatMap((x) => Object.keys(x.phases ?? {})))];

export function formatAnchorSection(r: AnchorReport): string {
  const load = (l: number[]) => l.map((x) => fixed(x, 2)).join(", ");
  const parts = r.comparisons.map((c) => {
    const star = summary(c, "starlight");
    const bare = summary(c, "bare");
    const project = summary(c, "project");
    return `### ${fixed(c.extraArticles, 0)} generated articles

${markdownTable(HEAD, rows(c), "lrrrrr")}

Sites: this site (${fixed(project.pages, 0)} pages), ${star.label} (${fixed(star.pages, 0)}), ${bare.label} (${fixed(bare.pages, 0)}).
Warning lines in this site's cold build: ${fixed(project.warnings, 0)}.

Targets:

${targets(c).map(targetLine).join("\n")}

Load average (1, 5, 15 minutes) before and after each build${c.runs.some((x) => Math.max(x.loadBefore?.[0] ?? 0, x.loadAfter?.[0] ?? 0) > 2.5) ? " (**above 2.5 is a busy machine: its wall-clock seconds are inflated, by other work that also falls unevenly on the three sites; CPU seconds less so, peak memory not at all**)" : ""}, and where this site's time went, in
seconds per phase (from the second each log line arrived; a busy machine stretches every phase):

${markdownTable(["build", "load before", "load after", ...phaseNames(c)], c.runs.map((x) => [`${x.site}, ${PHASE_LABEL[x.phase]}`, loadOf(x.loadBefore), loadOf(x.loadAfter), ...phaseNames(c).map((n) => (x.site === "project" && x.phases?.[n] !== undefined ? fixed(x.phases[n]!, 1) : ""))]), "lrr" + "r".repeat(phaseNames(c).length))}`;
  });
  return `## Against Starlight and a bare Astro site

Written by \`npm run bench -- --anchor\` on ${r.date} at commit \`${r.commit}\` (Node ${r.node}, Astro
${r.astro}; ${r.machine.cpu}, ${r.machine.cores} cores). Load average when the run started: ${load(r.machine.loadAverage)};
when it ended: ${load(r.loadAfter)} (1, 5 and 15 minutes). The machine is shared: wall-clock seconds
stretch with other work on it, so read the ratios (each pair of builds ran minutes apart) and the
CPU seconds rather than the absolute seconds.

The same generated articles (scripts/bench/articles.ts: front matter, an FAQ, four to seven
sections, a list, a table with a right-aligned column, a callout, links; words drawn from a ${VOCABULARY_SIZE}-word vocabulary weighted like
real text, plus names and numbers of each article's own), each in English and in Spanish, are built
by three sites, one after the other, phase by phase:

- **this site**, with \`npm run build\`'s steps (\`astro build\`, Pagefind, the service workers),
  from a copy of \`content/\` with the articles added (English files and their Spanish translations):
  its role, comparison, list, feed and card pages in both languages besides the articles, a share
  card for every page that has one, its search index and two service workers per language.
- **Starlight**, the site a team would otherwise build, doing the same work: English at the root
  and Spanish under \`/es/\` (its \`locales\`), a share card for every page drawn with
  \`astro-og-canvas\` the way Starlight's documentation shows (an \`OGImageRoute\` over the docs
  collection and a route middleware adding the \`og:image\` tags), fonts read from disk; otherwise its
  defaults (its sidebar lists every page on every page, and it runs Pagefind itself). Installed under
  \`bench/anchor/starlight\` at pinned versions, never a dependency of the project.
- **a bare Astro MDX site**, the floor: one content collection, one page per article and language
  with the FAQ under it, an index page; no search, no share cards. Under \`bench/anchor/bare\`.

Builds: **cold** (output and every cache deleted first: content, Astro's incremental build, the
share cards, this site's and \`astro-og-canvas\`'s, and this site's service workers), **rebuild** with nothing changed (caches kept:
this site copies every page from its last build and every service worker whose precache list is unchanged, the anchors have no such cache and render every
page, Starlight's cards come from \`astro-og-canvas\`'s cache), **one article's body changed** (a
sentence added to a paragraph, in both languages) and **one article's description changed** (in
both languages: a word other pages show, in lists, the feed and the share card). Ratios are this
site's figure over the anchor's: below 1× means this site is faster or smaller. Peak memory:
${r.memoryMethod}, the largest process of the build.

${parts.join("\n\n")}
`;
}

const marks = (name: string) => [`<!-- bench:${name}:start -->`, `<!-- bench:${name}:end -->`] as const;

/** The document with a named section put in (replacing the section's old text, or added at the end). */
export function withSection(doc: string, name: string, section: string): string {
  const [start, end] = marks(name);
  const block = `${start}\n${section.trimEnd()}\n${end}\n`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i >= 0 && j > i) return `${doc.slice(0, i)}${block}${doc.slice(j + end.length).replace(/^\n/, "")}`;
  return doc.trim() ? `${doc.trimEnd()}\n\n${block}` : block;
}

/** A new document with the named section of the previous one carried over, if it had one. */
export function keepSection(doc: string, previous: string, name: string): string {
  const [start, end] = marks(name);
  const i = previous.indexOf(start);
  const j = previous.indexOf(end);
  if (i < 0 || j <= i) return doc;
  return withSection(doc, name, previous.slice(i + start.length, j).trim());
}

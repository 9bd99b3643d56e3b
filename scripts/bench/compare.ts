// The comparison with Starlight and a bare Astro site (npm run bench -- --anchor): its figures,
// the ratios, whether the targets are met, and its section of bench/RESULTS.md.
import { markdownTable, textTable } from "../gates/format";
import type { BenchReport } from "./results";
import { VOCABULARY_SIZE } from "./words";

export type SiteName = "project" | "starlight" | "bare";

/** The builds each site does, in this order. */
export const PHASES = ["cold", "warm", "edit"] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABEL: Record<Phase, string> = {
  cold: "cold build",
  warm: "rebuild, nothing changed",
  edit: "rebuild, one article changed",
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
    figure("edit", "seconds", "rebuild, one article changed"),
    { name: "peak memory (highest of the three builds)", value: (s) => peakOf(c, s), format: (n) => `${fixed(n, 0)} MB` },
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
 * The targets: cold build ≤ Starlight's, a rebuild ≤ half Starlight's cold build, peak memory ≤
 * Starlight's, and (when measured) an article's LCP within 10% of the bare Astro site's.
 */
export function targets(c: AnchorComparison): Target[] {
  const starCold = run(c, "starlight", "cold").seconds;
  const check = (what: string, mine: number | null, limit: number | null, unit: string): Target => ({
    what,
    mine,
    limit,
    met: mine === null || limit === null ? null : mine <= limit,
    unit,
  });
  return [
    check("cold build ≤ Starlight's cold build", run(c, "project", "cold").seconds, starCold, "s"),
    check("rebuild with nothing changed ≤ half of Starlight's cold build", run(c, "project", "warm").seconds, starCold / 2, "s"),
    check("peak memory ≤ Starlight's", peakOf(c, "project"), peakOf(c, "starlight"), "MB"),
    ...(c.articleLcp
      ? [check("an article's LCP within 10% of the bare Astro site's", c.articleLcp.project ?? null, c.articleLcp.bare === undefined ? null : c.articleLcp.bare * 1.1, "ms")]
      : []),
  ];
}

function targetLine(t: Target): string {
  const n = (x: number | null) => (x === null ? "n/a" : `${fixed(x, t.unit === "s" ? 1 : 0)} ${t.unit}`);
  const verdict = t.met === null ? "not measured" : t.met ? "**met**" : "**not met**";
  return `- ${t.what}: ${verdict} (${n(t.mine)} against ${n(t.limit)})`;
}

export const ANCHOR_SECTION = "anchor";

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

${targets(c).map(targetLine).join("\n")}`;
  });
  return `## Against Starlight and a bare Astro site

Written by \`npm run bench -- --anchor\` on ${r.date} at commit \`${r.commit}\` (Node ${r.node}, Astro
${r.astro}; ${r.machine.cpu}, ${r.machine.cores} cores). Load average when the run started: ${load(r.machine.loadAverage)};
when it ended: ${load(r.loadAfter)} (1, 5 and 15 minutes). The machine is shared: wall-clock seconds
stretch with other work on it, so read the ratios (each pair of builds ran minutes apart) and the
CPU seconds rather than the absolute seconds.

The same generated articles (scripts/bench/articles.ts: front matter, an FAQ, four to seven
sections, a list, a table, a callout, links; words drawn from a ${VOCABULARY_SIZE}-word vocabulary weighted like
real text, plus names and numbers of each article's own) are built by three sites, one after the
other, phase by phase:

- **this site**, with \`npm run build\`'s steps (\`astro build\`, Pagefind, the service workers),
  from a copy of \`content/\` with the articles added. It is bilingual, and its build requires a
  Spanish translation of every published article, so each generated article also gets a generated
  Spanish twin: **this site builds two pages (and two share cards) per article where the anchors
  build one**, plus its role, comparison, tag, feed and card pages in both languages. A real
  bilingual site pays for both languages; the "per 1,000 pages" row sets that aside.
- **Starlight**, as its docs set it up (defaults: its autogenerated sidebar lists every page on
  every page, and it runs Pagefind itself), installed under \`bench/anchor/starlight\`.
- **a bare Astro MDX site**: one content collection, one page per article with the FAQ under it,
  an index page; no search, no share cards. Under \`bench/anchor/bare\`.

Builds: **cold** (output, content cache and, for this site, the share-card cache and Astro's
incremental-build cache deleted first), **rebuild** with nothing changed (caches kept: this site
copies every page from its last build, the anchors have no such cache and render every page), and
**one article changed** (a sentence added to a paragraph of one article; in this site to its
English file and its Spanish twin, so two pages render again). After the
builds, Lighthouse (mobile defaults, as \`npm run lighthouse\`) loads that article's English page
from each site's output three times, round by round, served by one plain static server that
gzips text as web hosts do (the same for all three); the table gives the median LCP. Ratios are
this site's figure over the anchor's: below 1× means this site is faster or smaller. Peak memory:
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

// The benchmark's arithmetic and its report (bench/RESULTS.md), apart from the processes it times.
import { markdownTable, textTable } from "../gates/format";

/** Peak resident memory in KB from `/usr/bin/time -v` output; null when it is not there. */
export function peakRssKb(timeOutput: string): number | null {
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(timeOutput);
  return m ? Number(m[1]) : null;
}

/** User plus system CPU seconds from `/usr/bin/time -v` output; null when they are not there. */
export function cpuSeconds(timeOutput: string): number | null {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(timeOutput);
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(timeOutput);
  return user && system ? Number(user[1]) + Number(system[1]) : null;
}

/**
 * The lines of a build's log that warn: Astro's "[WARN]" lines and any "warning" a tool prints
 * (Node's own included). A code frame under a warning is part of that warning, not counted again.
 */
export function warningLines(log: readonly string[]): string[] {
  return log.filter((line) => /\[WARN\]|\bwarning\b/i.test(line));
}

export interface BuildRun {
  /** Generated articles added to the real content. */
  extraArticles: number;
  /** HTML pages in the output. */
  pages: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds (user + system): less sensitive than wall time to other work on the machine; null when not measured. */
  cpuSeconds: number | null;
  /** Peak resident memory of the build process, in MB; null when it could not be measured. */
  peakMb: number | null;
  /** Lines of the build's log that warn (see warningLines); undefined when not counted. */
  warnings?: number | undefined;
  /** Load average (1, 5, 15 minutes) just before and just after the build. */
  loadBefore?: number[] | undefined;
  loadAfter?: number[] | undefined;
  /** Wall-clock seconds per phase of the build (scripts/bench/phases.ts). */
  phases?: Record<string, number> | undefined;
}

export interface ScorerRun {
  answerSets: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds the scoring took (user + system). */
  cpuSeconds: number;
  /** How many of the answer sets each role came first for, in the model's role order. */
  topCounts: { role: string; count: number }[];
}

export interface BenchReport {
  date: string;
  commit: string;
  machine: { cpu: string; cores: number; memoryGb: number; os: string; loadAverage: number[] };
  node: string;
  astro: string;
  /** How the peak memory was measured. */
  memoryMethod: string;
  builds: BuildRun[];
  scorer: ScorerRun;
}

export const pagesPerSecond = (b: BuildRun) => b.pages / b.seconds;
export const profilesPerSecond = (s: ScorerRun) => s.answerSets / s.seconds;

const fixed = (n: number, digits: number) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

const BUILD_HEAD = ["extra articles", "pages", "build seconds", "CPU seconds", "pages per second", "peak memory", "warning lines"];

function buildRows(builds: readonly BuildRun[]): string[][] {
  return builds.map((b) => [
    fixed(b.extraArticles, 0),
    fixed(b.pages, 0),
    fixed(b.seconds, 1),
    b.cpuSeconds === null ? "n/a" : fixed(b.cpuSeconds, 1),
    fixed(pagesPerSecond(b), 1),
    b.peakMb === null ? "n/a" : `${fixed(b.peakMb, 0)} MB`,
    b.warnings === undefined ? "n/a" : fixed(b.warnings, 0),
  ]);
}

/** The builds as a text table, for the terminal. */
export function buildTable(builds: readonly BuildRun[]): string {
  return textTable(BUILD_HEAD, buildRows(builds), "rrrrrrr");
}

/**
 * What each generated article costs, over the build without any: its CPU seconds and its peak
 * memory divided by the articles added (each is two pages, English and Spanish, with two share
 * cards). Null where a figure is missing, or for the build without articles.
 */
export function perArticle(b: BuildRun, base: BuildRun | undefined): { cpu: number | null; mb: number | null } {
  if (!base || b.extraArticles === 0) return { cpu: null, mb: null };
  const per = (x: number | null, y: number | null) => (x === null || y === null ? null : (x - y) / b.extraArticles);
  return { cpu: per(b.cpuSeconds, base.cpuSeconds), mb: per(b.peakMb, base.peakMb) };
}

const COST_HEAD = ["extra articles", "CPU seconds per article", "peak memory per article", "load before", "load after"];

function costRows(builds: readonly BuildRun[]): string[][] {
  const base = builds.find((b) => b.extraArticles === 0);
  const load = (l: number[] | undefined) => (l ? l.map((x) => fixed(x, 2)).join(", ") : "n/a");
  return builds.map((b) => {
    const p = perArticle(b, base);
    return [fixed(b.extraArticles, 0), p.cpu === null ? "–" : fixed(p.cpu, 3), p.mb === null ? "–" : `${fixed(p.mb, 2)} MB`, load(b.loadBefore), load(b.loadAfter)];
  });
}

/** The targets on how cost grows: CPU per article at the largest size within 20% of the figure at 500, and the largest build within the machine's memory. */
export function scalingTargets(builds: readonly BuildRun[], memoryGb: number): string[] {
  const base = builds.find((b) => b.extraArticles === 0);
  const at500 = builds.find((b) => b.extraArticles === 500);
  const largest = [...builds].sort((a, b) => b.extraArticles - a.extraArticles)[0];
  const lines: string[] = [];
  if (base && at500 && largest && largest !== at500) {
    const a = perArticle(at500, base).cpu;
    const z = perArticle(largest, base).cpu;
    if (a !== null && z !== null) {
      const ratio = z / a;
      lines.push(
        `- CPU seconds per article at ${fixed(largest.extraArticles, 0)} within 20% of the figure at 500: ${Math.abs(ratio - 1) <= 0.2 ? "**met**" : "**not met**"} (${fixed(z, 3)} s against ${fixed(a, 3)} s, ${ratio >= 1 ? "+" : ""}${fixed(100 * (ratio - 1), 0)}%)`,
      );
    }
  }
  if (largest && largest.peakMb !== null) {
    const limit = memoryGb * 1024;
    lines.push(`- the ${fixed(largest.extraArticles, 0)}-article build within this machine's memory: ${largest.peakMb <= limit ? "**met**" : "**not met**"} (peak ${fixed(largest.peakMb, 0)} MB of ${fixed(limit, 0)} MB)`);
  }
  return lines;
}

/** Seconds per phase of each build, as a table (phases in build order). */
function phaseTable(builds: readonly BuildRun[]): string {
  const names = [...new Set(builds.flatMap((b) => Object.keys(b.phases ?? {})))];
  if (names.length === 0) return "";
  return markdownTable(["extra articles", ...names], builds.map((b) => [fixed(b.extraArticles, 0), ...names.map((n) => (b.phases?.[n] === undefined ? "–" : fixed(b.phases[n]!, 1)))]), "r".repeat(names.length + 1));
}

export function formatReport(r: BenchReport): string {
  const s = r.scorer;
  const minutes = Math.max(1, Math.round((r.builds.reduce((a, b) => a + b.seconds, 0) + s.seconds) / 60));
  const top = s.topCounts.map((t) => `${t.role} ${fixed((100 * t.count) / s.answerSets, 1)}%`).join(", ");
  return `# Benchmark results

Written by \`npm run bench\` on ${r.date} at commit \`${r.commit}\`. Reproduce with \`npm run bench\`
(about ${minutes} minute${minutes === 1 ? "" : "s"} on this machine).

## Machine

- CPU: ${r.machine.cpu}, ${r.machine.cores} cores
- Memory: ${fixed(r.machine.memoryGb, 1)} GB
- OS: ${r.machine.os}
- Load average when the run started: ${r.machine.loadAverage.map((l) => fixed(l, 2)).join(", ")} (1, 5 and 15 minutes). Other work on the
  machine stretches wall-clock seconds; CPU seconds are the steadier figure to compare runs by.
- Node ${r.node}, Astro ${r.astro}

## Builds

Each build is a clean \`npm run build\` (\`astro build\`, Pagefind, the service workers) of a copy of \`content/\` with that many generated articles
added (MDX with front matter, an FAQ, sections, a list, a table and a callout), each with its
generated Spanish translation (the build requires one for every published article, so each
generated article is two pages), into its own output folder and with its own content cache and
share-card cache. Pages counts both languages. Peak memory: ${r.memoryMethod}. Warning lines: lines
of the build's log that warn (Astro's \`[WARN]\` or any "warning").

${markdownTable(BUILD_HEAD, buildRows(r.builds), "rrrrrrr")}

What each generated article adds, over the build without any (each is two pages and two share
cards), and the load average just before and after each build${r.builds.some((b) => Math.max(b.loadBefore?.[0] ?? 0, b.loadAfter?.[0] ?? 0) > 2.5) ? " (**above 2.5 is a busy machine: wall-clock seconds are inflated there; CPU seconds less so, and peak memory not at all**)" : ""}:

${markdownTable(COST_HEAD, costRows(r.builds), "rrrrr")}

${scalingTargets(r.builds, r.machine.memoryGb).join("\n")}

Where the wall-clock time went, in seconds per phase (from the second each log line arrived):

${phaseTable(r.builds)}

## Quiz scorer

\`scoreAnswers\` from \`src/lib/quiz/\`, the function the quiz page runs, on the model the built quiz
page ships, over ${fixed(s.answerSets, 0)} random answer sets (every question answered at random, one in ten
skipped): **${fixed(profilesPerSecond(s), 0)} profiles per second**, ${fixed((1e6 * s.seconds) / s.answerSets, 1)} µs each
(${fixed(s.seconds, 2)} s in all; ${fixed(s.cpuSeconds, 2)} CPU seconds, so ${fixed(s.answerSets / s.cpuSeconds, 0)} per CPU second).

Which role came first, as a share of these uniformly random answer sets (a check that the scorer
spreads its results, not a picture of real visitors): ${top}.
`;
}

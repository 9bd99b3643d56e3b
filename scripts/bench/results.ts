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

Each build is a clean \`astro build\` of a copy of \`content/\` with that many generated articles
added (MDX with front matter, an FAQ, sections, a list, a table and a callout), each with its
generated Spanish translation (the build requires one for every published article, so each
generated article is two pages), into its own output folder and with its own content cache and
share-card cache. Pages counts both languages. Peak memory: ${r.memoryMethod}. Warning lines: lines
of the build's log that warn (Astro's \`[WARN]\` or any "warning").

${markdownTable(BUILD_HEAD, buildRows(r.builds), "rrrrrrr")}

## Quiz scorer

\`scoreAnswers\` from \`src/lib/quiz/\`, the function the quiz page runs, on the model the built quiz
page ships, over ${fixed(s.answerSets, 0)} random answer sets (every question answered at random, one in ten
skipped): **${fixed(profilesPerSecond(s), 0)} profiles per second**, ${fixed((1e6 * s.seconds) / s.answerSets, 1)} µs each
(${fixed(s.seconds, 2)} s in all; ${fixed(s.cpuSeconds, 2)} CPU seconds, so ${fixed(s.answerSets / s.cpuSeconds, 0)} per CPU second).

Which role came first, as a share of these uniformly random answer sets (a check that the scorer
spreads its results, not a picture of real visitors): ${top}.
`;
}

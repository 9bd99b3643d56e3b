// Where a build's time goes: its log lines, with the second each arrived, cut into phases at the
// lines that start them. Astro's log marks content loading, bundling and rendering; then come its
// integrations (sitemap, headers), and, in this site's npm run build, Pagefind and the service
// workers. A phase missing from a log (an anchor has no service workers) is simply absent. Also the
// section of bench/RESULTS.md that npm run bench -- --profile writes. Pure.
import { markdownTable } from "../gates/format";

/** Each phase and the log line that starts it, in build order. */
export const PHASE_MARKERS: readonly { phase: string; starts: RegExp }[] = [
  { phase: "content", starts: /\[content\] Syncing content/ },
  { phase: "bundling", starts: /Building static entrypoints/ },
  { phase: "rendering", starts: /generating static routes/ },
  // Not Astro's "✓ Completed in", which it also prints before bundling.
  { phase: "after rendering (sitemap, headers)", starts: /\[@astrojs\/sitemap\]|\[not-found-pages\]|\[security-headers\]/ },
  { phase: "search index (Pagefind)", starts: /Running Pagefind|\[starlight:pagefind\] Building/ },
  // Pagefind's last line: the workers are generated from there (their own lines come at the end).
  { phase: "service workers", starts: /^Finished in [\d.]+ seconds$/ },
];

/**
 * Seconds per phase: from the first line of a phase to the first line of any later phase (or the
 * end), the time before the first marker counted as "start-up". A marker seen again (Astro prints
 * "Completed in" more than once) does not start its phase over.
 */
export function buildPhases(lines: readonly { line: string; at: number }[], total: number): Record<string, number> {
  const starts: { phase: string; at: number; order: number }[] = [];
  for (const { line, at } of lines) {
    const i = PHASE_MARKERS.findIndex((m) => m.starts.test(line));
    if (i < 0) continue;
    const last = starts.at(-1);
    // Phases only move forward: a later marker of an earlier phase is part of the current one.
    if (!last || i > last.order) starts.push({ phase: PHASE_MARKERS[i]!.phase, at, order: i });
  }
  const out: Record<string, number> = {};
  if (starts.length === 0) return { "whole build": total };
  out["start-up"] = starts[0]!.at;
  starts.forEach((s, n) => (out[s.phase] = (starts[n + 1]?.at ?? total) - s.at));
  return out;
}

export interface ProfileRun {
  extraArticles: number;
  builds: { kind: string; seconds: number; cpuSeconds: number | null; peakMb: number | null; loadBefore: number[]; loadAfter: number[]; phases: Record<string, number> }[];
}

export const PROFILE_SECTION = "profile";

const fixed = (n: number, digits: number) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The profile's section: per phase, the seconds of each build, with totals, CPU, memory and load. */
export function formatProfileSection(r: { date: string; commit: string; runs: ProfileRun[] }): string {
  const parts = r.runs.map((run) => {
    const names = [...new Set(run.builds.flatMap((b) => Object.keys(b.phases)))];
    const rows = [
      ...names.map((n) => [n, ...run.builds.map((b) => (b.phases[n] === undefined ? "–" : fixed(b.phases[n]!, 1)))]),
      ["**total**", ...run.builds.map((b) => `**${fixed(b.seconds, 1)}**`)],
      ["CPU seconds", ...run.builds.map((b) => (b.cpuSeconds === null ? "n/a" : fixed(b.cpuSeconds, 1)))],
      ["peak memory", ...run.builds.map((b) => (b.peakMb === null ? "n/a" : `${fixed(b.peakMb, 0)} MB`))],
      ["load before", ...run.builds.map((b) => b.loadBefore.map((x) => fixed(x, 2)).join(", "))],
      ["load after", ...run.builds.map((b) => b.loadAfter.map((x) => fixed(x, 2)).join(", "))],
    ];
    const busy = run.builds.some((b) => Math.max(b.loadBefore[0] ?? 0, b.loadAfter[0] ?? 0) > 2.5);
    return `### ${fixed(run.extraArticles, 0)} generated articles in each language

${markdownTable(["phase (wall-clock seconds)", ...run.builds.map((b) => b.kind)], rows, "l" + "r".repeat(run.builds.length))}${busy ? "\n\n**A busy machine** (load above 2.5): every phase is stretched; the shares are the figures to read." : ""}`;
  });
  return `## Where a build's time goes

Written by \`npm run bench -- --profile\` on ${r.date} at commit \`${r.commit}\`: this site alone, with
\`npm run build\`'s steps, a cold build (caches empty) and then a rebuild with nothing changed, each
line of the log timed as it arrived and cut into phases at the lines that start them
(scripts/bench/phases.ts).

${parts.join("\n\n")}
`;
}

// Where a build's time goes: its log lines, with the second each arrived, cut into phases at the
// lines that start them. Astro's log marks content loading, bundling and rendering; then come its
// integrations (sitemap, headers), and, in this site's npm run build, Pagefind and the service
// workers. A phase missing from a log (an anchor has no service workers) is simply absent. Pure.

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

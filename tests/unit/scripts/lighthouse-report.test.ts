// npm run lighthouse's arithmetic and report (scripts/bench/lighthouse.ts): medians figure by
// figure, and the audits that cost a page points named in bench/LIGHTHOUSE.md.
import { describe, expect, it } from "vitest";
import { formatLighthouse, median, medianSample, pageUrl, type Sample } from "../../../scripts/bench/lighthouse";

const sample = (lcp: number, perf: number, missed: string[] = []): Sample => ({
  scores: { performance: perf, accessibility: 100, "best-practices": missed.length ? 93 : 100, seo: 100 },
  lcp,
  tbt: lcp / 10,
  cls: 0,
  bytes: 1000,
  missed,
});

describe("Lighthouse report", () => {
  it("takes medians figure by figure, so one slow run moves none of them", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(() => median([])).toThrow();
    const m = medianSample([sample(1000, 99), sample(5000, 60), sample(1100, 98)]);
    expect(m.lcp).toBe(1100);
    expect(m.scores.performance).toBe(98);
  });

  it("names every audit any run missed, once", () => {
    const m = medianSample([sample(1, 100, ["best-practices: errors-in-console"]), sample(1, 100), sample(1, 100, ["best-practices: errors-in-console", "seo: link-text"])]);
    expect(m.missed).toEqual(["best-practices: errors-in-console", "seo: link-text"]);
  });

  it("writes a table row per page and lists the audits that cost points", () => {
    const report = formatLighthouse({
      date: "2026-12-02",
      commit: "abc1234",
      lighthouse: "12.2.3",
      chromium: "Chromium 156",
      node: "v22",
      runs: 3,
      loadBefore: [0.5, 0.5, 0.5],
      loadAfter: [1, 1, 1],
      cores: 2,
      pages: [
        { type: "quiz", url: pageUrl("es", "/quiz/"), runs: [sample(1500, 95, ["best-practices: inspector-issues"])] },
        { type: "home", url: pageUrl("en", "/"), runs: [sample(900, 100)] },
      ],
    });
    expect(report).toContain("| quiz | `/es/quiz/` | 95 | 100 | 93 | 100 | 1.50 s |");
    expect(report).toContain("- `/es/quiz/`: best-practices: inspector-issues");
    expect(report).not.toContain("- `/`:");
  });
});

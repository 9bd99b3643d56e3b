// The benchmark's generated content and arithmetic: generated articles must be ones the build
// accepts, runs must be repeatable, and the report must carry the figures it claims.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BENCH_TAGS, generateArticle } from "../../src/lib/bench/articles";
import { randomAnswers } from "../../src/lib/bench/answers";
import { between, sample, seeded } from "../../src/lib/bench/random";
import { cpuSeconds, formatReport, peakRssKb, type BenchReport } from "../../src/lib/bench/results";
import { articleSchema } from "../../src/lib/schemas";
import { isRoleId } from "../../src/lib/roles";
import { loadModel } from "./quiz-fixture";

describe("seeded random numbers", () => {
  it("repeat for a seed, differ between seeds, and stay in range", () => {
    const a = seeded(7);
    const b = seeded(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(seeded(8)()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const r = seeded(1);
    const ints = Array.from({ length: 500 }, () => between(r, 2, 4));
    expect(new Set(ints)).toEqual(new Set([2, 3, 4]));
    expect(new Set(sample(r, [1, 2, 3, 4], 4)).size).toBe(4);
  });
});

describe("generateArticle", () => {
  const rng = seeded(3);
  const articles = Array.from({ length: 40 }, (_, i) => generateArticle(rng, i + 1));

  it("writes front matter the article schema accepts, naming real roles", () => {
    for (const a of articles) {
      const front = /^---\n([\s\S]*?)\n---\n/.exec(a.text)?.[1];
      expect(front, a.file).toBeDefined();
      const data = articleSchema.parse(parse(front!));
      expect(data.roles.every(isRoleId)).toBe(true);
      expect(data.tags.every((t) => (BENCH_TAGS as readonly string[]).includes(t))).toBe(true);
      expect(data.draft).toBe(false);
    }
  });

  it("gives every article a unique file name and title, and sections with h2 headings but no h1", () => {
    expect(new Set(articles.map((a) => a.file)).size).toBe(articles.length);
    expect(new Set(articles.map((a) => /title: "(.*)"/.exec(a.text)![1])).size).toBe(articles.length);
    for (const a of articles) {
      const body = a.text.split(/\n---\n/)[1]!;
      expect(body.match(/^## /gm)!.length).toBeGreaterThanOrEqual(4);
      expect(body).not.toMatch(/^# /m);
      expect(body).toContain("<Callout");
      expect(body).toMatch(/^\|---\|/m);
    }
  });

  it("dates generated articles before the real ones, so they never push them off the home page", () => {
    for (const a of articles) expect(/pubDate: (\S+)/.exec(a.text)![1]! < "2020-01-02").toBe(true);
  });
});

describe("randomAnswers", () => {
  it("answers each question of the bank with one of its options, or skips it", () => {
    const model = loadModel();
    const rng = seeded(5);
    const sets = Array.from({ length: 2000 }, () => randomAnswers(model, rng));
    for (const set of sets) {
      expect(set).toHaveLength(model.questions.length);
      set.forEach((c, i) => {
        if (c !== null) expect(c).toBeLessThan(model.questions[i]!.options.length);
      });
    }
    const skipped = sets.flat().filter((c) => c === null).length / sets.flat().length;
    expect(skipped).toBeGreaterThan(0.07);
    expect(skipped).toBeLessThan(0.13);
  });
});

describe("the report", () => {
  const time = "\tUser time (seconds): 61.20\n\tSystem time (seconds): 4.30\n\tMaximum resident set size (kbytes): 812345\n";

  it("reads peak memory and CPU time from /usr/bin/time -v", () => {
    expect(peakRssKb(time)).toBe(812_345);
    expect(cpuSeconds(time)).toBeCloseTo(65.5);
    expect(peakRssKb("no such line")).toBeNull();
    expect(cpuSeconds("")).toBeNull();
  });

  it("carries the machine, the versions and every figure", () => {
    const report: BenchReport = {
      date: "2026-01-02",
      commit: "abc1234",
      machine: { cpu: "Test CPU", cores: 2, memoryGb: 8, os: "Linux 6 (x64)", loadAverage: [1, 2, 3] },
      node: "v22.23.3",
      astro: "7.3.5",
      memoryMethod: "test",
      builds: [
        { extraArticles: 0, pages: 34, seconds: 20, cpuSeconds: 30, peakMb: 480 },
        { extraArticles: 2000, pages: 2038, seconds: 400, cpuSeconds: null, peakMb: null },
      ],
      scorer: { answerSets: 100_000, seconds: 4, cpuSeconds: 2, topCounts: [{ role: "data-analyst", count: 25_000 }] },
    };
    const text = formatReport(report);
    for (const s of ["Test CPU, 2 cores", "v22.23.3", "Astro 7.3.5", "abc1234", "2026-01-02", "**25,000 profiles per second**", "40.0 µs each", "50,000 per CPU second", "data-analyst 25.0%"])
      expect(text).toContain(s);
    expect(text).toContain("| 0 | 34 | 20.0 | 30.0 | 1.7 | 480 MB |");
    expect(text).toContain("| 2,000 | 2,038 | 400.0 | n/a | 5.1 | n/a |");
    expect(text).toContain("about 7 minutes");
  });
});

// The benchmark's generated content and arithmetic: generated articles must be ones the build
// accepts, runs must be repeatable, and the report must carry the figures it claims.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { anchorSites } from "../../../scripts/bench/anchors";
import { BENCH_TAGS, describedArticle, editedArticle, generateArticle, starlightPage } from "../../../scripts/bench/articles";
import { randomAnswers } from "../../../scripts/bench/answers";
import { formatAnchorSection, keepSection, missedBy, ratio, targets, withSection, type AnchorComparison, type AnchorRun } from "../../../scripts/bench/compare";
import { between, sample, seeded } from "../../../scripts/bench/random";
import { cpuSeconds, formatReport, peakRssKb, perArticle, scalingTargets, warningLines, type BenchReport, type BuildRun } from "../../../scripts/bench/results";
import { buildPhases, formatProfileSection } from "../../../scripts/bench/phases";
import { GATES, formatGatesSection, gateSummary, type GatesRun } from "../../../scripts/bench/gates";
import { articleSchema } from "../../../src/lib/schemas";
import { isRoleId } from "../../../src/lib/roles";
import { MASKS, checkTranslation } from "../../../src/lib/translate";
import { loadModel } from "../quiz-fixture";

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
      // A table whose step column is right-aligned (| ---: |): the build writes the alignment as a class.
      expect(body).toMatch(/^\|---:\|---\|---\|$/m);
    }
  });

  it("dates generated articles before the real ones, so they never push them off the home page", () => {
    for (const a of articles) expect(/pubDate: (\S+)/.exec(a.text)![1]! < "2020-01-02").toBe(true);
  });

  const front = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

  it("writes a Spanish translation the build's translation check accepts, in Spanish, linking Spanish pages", () => {
    for (const a of articles) {
      const en = articleSchema.parse(front(a.text));
      const es = front(a.es);
      expect(checkTranslation(en, es, MASKS.article), a.file).toEqual([]);
      expect(en.faq.length).toBeGreaterThanOrEqual(2);
      expect(String(es["title"])).toMatch(/^Prueba \d+: /);
      expect((es["faq"] as { question: string }[])[0]!.question).toMatch(/^¿.*\?$/);
      expect(String(es["description"]).length).toBeLessThanOrEqual(160);
      const body = a.es.split(/\n---\n/)[1]!;
      expect(body).toContain("## Sección 1:");
      expect(body).toMatch(/\]\(\/es\/roles\/[a-z-]+\/\)/);
      expect(body).not.toMatch(/\]\(\/roles\//);
      // Same structure as the English: as many headings, list items and table rows.
      const count = (t: string, re: RegExp) => t.match(re)?.length ?? 0;
      for (const re of [/^## /gm, /^### /gm, /^- /gm, /^\| /gm, /<Callout/g]) expect(count(body, re)).toBe(count(a.text, re));
    }
  });

  it("varies the text from article to article", () => {
    const wordsOf = (t: string) => new Set(t.split(/\n---\n/)[1]!.toLowerCase().match(/\p{L}+/gu));
    const all = new Set(articles.flatMap((a) => [...wordsOf(a.text)]));
    expect(all.size).toBeGreaterThan(300); // vocabulary words plus each article's own names
    // Every article has words no other article uses (its names), and no two articles say the same.
    const sets = articles.map((a) => wordsOf(a.text));
    sets.forEach((mine, i) => {
      const own = [...mine].filter((w) => sets.every((other, j) => j === i || !other.has(w)));
      expect(own.length, articles[i]!.file).toBeGreaterThanOrEqual(3);
    });
    expect(new Set(articles.map((a) => a.text.split(/\n---\n/)[1]!.slice(0, 80))).size).toBe(articles.length);
  });

  it("gives the anchor sites the same text: Starlight with <Aside> and the FAQ as a section, the bare site the English file", () => {
    const a = articles[0]!;
    const page = starlightPage(a.article);
    const fm = front(page);
    const en = front(a.text);
    expect(fm).toEqual({ title: en["title"], description: en["description"] });
    expect(page).toContain('import { Aside } from "@astrojs/starlight/components";');
    expect(page).toContain('<Aside type="tip"');
    expect(page).not.toContain("<Callout");
    for (const f of en["faq"] as { question: string; answer: string }[]) expect(page).toContain(`### ${f.question}\n\n${f.answer}`);
    // The prose is the same, word for word.
    const prose = (t: string) => t.split(/\n---\n/)[1]!.trim().split("\n\n").filter((b) => /^\p{Lu}/u.test(b));
    expect(prose(page).slice(0, 5)).toEqual(prose(a.text).slice(0, 5));
    const [starlight, bare] = anchorSites({ astro: "7.3.5", mdx: "8.0.2", inter: "5.3.0" });
    // Both languages in each anchor, as in this site: Starlight's Spanish under es/, its own locale.
    expect(starlight!.article(a.article)).toEqual([
      { path: `src/content/docs/articles/${a.article.slug}.mdx`, text: page },
      { path: `src/content/docs/es/articles/${a.article.slug}.mdx`, text: starlightPage(a.article, "es") },
    ]);
    expect(front(starlightPage(a.article, "es"))).toEqual({ title: front(a.es)["title"], description: front(a.es)["description"] });
    expect(bare!.article(a.article).map((f) => f.path)).toEqual([`src/content/articles/en/${a.article.slug}.mdx`, `src/content/articles/es/${a.article.slug}.mdx`]);
    expect(bare!.article(a.article)[0]!.text).toBe(a.text);
    expect(JSON.parse(bare!.files["package.json"]!).dependencies).toEqual({ astro: "7.3.5", "@astrojs/mdx": "8.0.2" });
    // Starlight draws a share card for every page with astro-og-canvas, at pinned versions.
    expect(JSON.parse(starlight!.files["package.json"]!).dependencies).toEqual({ astro: "7.3.5", "@astrojs/starlight": "0.42.4", "astro-og-canvas": "0.13.2", "@fontsource/inter": "5.3.0" });
    expect(starlight!.files["astro.config.mjs"]).toMatch(/locales: \{ root: \{ label: "English", lang: "en" \}, es: \{ label: "Español", lang: "es" \} \}/);
    expect(starlight!.files["src/pages/og/[...slug].ts"]).toContain("OGImageRoute");
    expect(starlight!.files["src/routeData.ts"]).toContain('property: "og:image"');
    expect(starlight!.caches).toContain("node_modules/.astro-og-canvas");
  });

  it("changes one article's description, and nothing else", () => {
    for (const text of [articles[0]!.text, articles[0]!.es, starlightPage(articles[0]!.article, "es")]) {
      const changed = describedArticle(text, "New words.");
      expect(front(changed)["description"]).toBe("New words.");
      expect({ ...front(changed), description: "" }).toEqual({ ...front(text), description: "" });
      expect(changed.split(/\n---\n/)[1]).toBe(text.split(/\n---\n/)[1]);
    }
  });

  it("edits one paragraph of prose, leaving the front matter (and so the share card) as it was", () => {
    for (const text of [articles[0]!.text, articles[0]!.es, starlightPage(articles[0]!.article)]) {
      const edited = editedArticle(text, "Added.");
      expect(edited).not.toBe(text);
      expect(front(edited)).toEqual(front(text));
      expect(edited.replace(" Added.", "")).toBe(text);
      expect(edited).not.toMatch(/components";? Added\./);
    }
    expect(() => editedArticle("no front matter", "x")).toThrow();
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

  it("counts the lines of a build log that warn", () => {
    const log = ["12:00:01 [build] Building static entrypoints...", "12:00:02 [WARN] [vite] something", "(node:12) Warning: a thing", "  ├─ /articles/x/index.html", "warning: y"];
    expect(warningLines(log)).toEqual([log[1], log[2], log[4]]);
  });

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
        { extraArticles: 0, pages: 34, seconds: 20, cpuSeconds: 30, peakMb: 480, warnings: 0 },
        { extraArticles: 2000, pages: 2038, seconds: 400, cpuSeconds: null, peakMb: null },
      ],
      scorer: { answerSets: 100_000, seconds: 4, cpuSeconds: 2, topCounts: [{ role: "data-analyst", count: 25_000 }] },
    };
    const text = formatReport(report);
    for (const s of ["Test CPU, 2 cores", "v22.23.3", "Astro 7.3.5", "abc1234", "2026-01-02", "**25,000 profiles per second**", "40.0 µs each", "50,000 per CPU second", "data-analyst 25.0%"])
      expect(text).toContain(s);
    expect(text).toContain("| 0 | 34 | 20.0 | 30.0 | 1.7 | 480 MB | 0 |");
    expect(text).toContain("| 2,000 | 2,038 | 400.0 | n/a | 5.1 | n/a | n/a |");
    expect(text).toContain("about 7 minutes");
  });
});

describe("the comparison with Starlight and a bare Astro site", () => {
  const runs: AnchorRun[] = [
    { site: "project", phase: "cold", seconds: 90, cpuSeconds: 150, peakMb: 1500 },
    { site: "project", phase: "warm", seconds: 40, cpuSeconds: 60, peakMb: 900 },
    { site: "project", phase: "edit", seconds: 25, cpuSeconds: 35, peakMb: 950, phases: { content: 2, rendering: 10 }, loadBefore: [1.5, 1, 1], loadAfter: [1.7, 1, 1] },
    { site: "project", phase: "describe", seconds: 35, cpuSeconds: 45, peakMb: 960 },
    { site: "starlight", phase: "cold", seconds: 100, cpuSeconds: 120, peakMb: 1200 },
    { site: "starlight", phase: "warm", seconds: 80, cpuSeconds: 100, peakMb: 1250 },
    { site: "starlight", phase: "edit", seconds: 82, cpuSeconds: 101, peakMb: 1100 },
    { site: "starlight", phase: "describe", seconds: 83, cpuSeconds: 102, peakMb: 1100 },
    { site: "bare", phase: "cold", seconds: 30, cpuSeconds: 35, peakMb: 600 },
    { site: "bare", phase: "warm", seconds: 20, cpuSeconds: 25, peakMb: 500 },
    { site: "bare", phase: "edit", seconds: 21, cpuSeconds: null, peakMb: null },
    { site: "bare", phase: "describe", seconds: 21, cpuSeconds: null, peakMb: null },
  ];
  const comparison: AnchorComparison = {
    extraArticles: 1000,
    sites: [
      { name: "project", label: "this site (en + es)", pages: 2166, bytes: 300 * 1024 ** 2, warnings: 0 },
      { name: "starlight", label: "Starlight 0.42.4", pages: 1002, bytes: 400 * 1024 ** 2, warnings: 0 },
      { name: "bare", label: "bare Astro 7.3.5 + MDX", pages: 1001, bytes: 30 * 1024 ** 2, warnings: 0 },
    ],
    runs,
  };

  /** The report section for one comparison, on a test machine. */
  const section = (c: AnchorComparison) =>
    formatAnchorSection({
      date: "2026-12-02",
      commit: "abc1234",
      machine: { cpu: "Test CPU", cores: 2, memoryGb: 8, os: "Linux", loadAverage: [3.5, 2, 1] },
      loadAfter: [4, 3, 2],
      node: "v22.23.3",
      astro: "7.3.5",
      memoryMethod: "test",
      comparisons: [c],
    });

  it("divides this site's figures by the anchors' and checks the targets", () => {
    expect(ratio(90, 100)).toBeCloseTo(0.9);
    expect(ratio(null, 100)).toBeNull();
    expect(ratio(1, 0)).toBeNull();
    const t = targets(comparison);
    // 90 > 0.5 × 100; 40 > 0.25 × 100; 25 <= 0.3 × 100; 35 > 0.3 × 100; 1500 > 0.8 × 1250.
    expect(t.map((x) => x.met)).toEqual([false, false, true, false, false]);
    expect(t.map((x) => x.limit)).toEqual([50, 25, 30, 30, 1000]);
    expect(missedBy(t[0]!)).toBe("1.80× the limit, 40.0 s over");
    expect(missedBy(t[2]!)).toBeNull();
  });

  it("holds an article's LCP to 10% over the bare site's, and reports it when measured", () => {
    const withLcp: AnchorComparison = { ...comparison, articleLcp: { project: 1080, starlight: 1400, bare: 1000 } };
    const lcp = targets(withLcp)[5]!;
    expect(lcp.limit).toBeCloseTo(1100);
    expect(lcp.met).toBe(true);
    expect(targets({ ...comparison, articleLcp: { project: 1150, bare: 1000 } })[5]!.met).toBe(false);
    expect(targets(comparison)).toHaveLength(5); // not measured: no target line
    const text = section(withLcp);
    expect(text).toContain("| an article's LCP (Lighthouse, mobile, median) | 1.08 s | 1.40 s | 1.00 s | 0.77× | 1.08× |");
    expect(text).toContain("an article's LCP within 10% of the bare Astro site's: **met** (1,080 ms against 1,100 ms)");
  });

  it("reports every figure with both ratios, the load average around each build and where the time went", () => {
    const text = section(comparison);
    for (const s of [
      "| pages | 2,166 | 1,002 | 1,001 | 2.16× | 2.16× |",
      "| cold build, caches empty | 90.0 s | 100.0 s | 30.0 s | 0.90× | 3.00× |",
      "| rebuild, nothing changed (caches kept) | 40.0 s | 80.0 s | 20.0 s | 0.50× | 2.00× |",
      "| rebuild, one article's body changed | 25.0 s | 82.0 s | 21.0 s | 0.30× | 1.19× |",
      "| rebuild, one article's description changed | 35.0 s | 83.0 s | 21.0 s | 0.42× | 1.67× |",
      "| peak memory (highest of the four builds) | 1,500 MB | 1,250 MB | 600 MB | 1.20× | 2.50× |",
      "| output | 300.0 MB | 400.0 MB | 30.0 MB | 0.75× | 10.00× |",
      "3.50, 2.00, 1.00",
      "4.00, 3.00, 2.00",
      "English at the root\n  and Spanish under `/es/`",
      "cold build ≤ 0.5× Starlight's cold build: **not met** (90.0 s against 50.0 s; 1.80× the limit, 40.0 s over)",
      "peak memory ≤ 0.8× Starlight's: **not met** (1,500 MB against 1,000 MB; 1.50× the limit, 500 MB over)",
      "| project, rebuild, one article's body changed | 1.50, 1.00, 1.00 | 1.70, 1.00, 1.00 | 2.0 | 10.0 |",
    ])
      expect(text).toContain(s);
  });

  it("replaces its own section of RESULTS.md and leaves the rest, and the plain run keeps it", () => {
    const base = "# Benchmark results\n\nscaling table\n";
    const once = withSection(base, "anchor", "## A\n\nfirst");
    expect(once).toContain("scaling table");
    expect(once).toContain("first");
    const twice = withSection(once, "anchor", "## A\n\nsecond");
    expect(twice).not.toContain("first");
    expect(twice.match(/bench:anchor:start/g)).toHaveLength(1);
    expect(twice.startsWith(base.trimEnd())).toBe(true);
    const rewritten = keepSection("# Benchmark results\n\nnew scaling table\n", twice, "anchor");
    expect(rewritten).toContain("new scaling table");
    expect(rewritten).toContain("second");
    expect(keepSection("doc\n", "no section", "anchor")).toBe("doc\n");
  });
});

describe("how cost grows", () => {
  const build = (extraArticles: number, cpuSeconds: number, peakMb: number): BuildRun => ({ extraArticles, pages: 148 + 2 * extraArticles, seconds: cpuSeconds, cpuSeconds, peakMb });

  it("divides what the articles add over the build without any by how many there are", () => {
    const base = build(0, 10, 800);
    expect(perArticle(build(500, 60, 1300), base)).toEqual({ cpu: 0.1, mb: 1 });
    expect(perArticle(base, base)).toEqual({ cpu: null, mb: null });
  });

  it("holds CPU per article at the largest size to 20% of the figure at 500, and the largest build to the machine's memory", () => {
    const met = scalingTargets([build(0, 10, 800), build(500, 60, 1300), build(5000, 560, 6000)], 24);
    expect(met[0]).toMatch(/CPU seconds per article at 5,000 within 20% of the figure at 500: \*\*met\*\* \(0\.110 s against 0\.100 s, \+10%\)/);
    expect(met[1]).toMatch(/within this machine's memory: \*\*met\*\* \(peak 6,000 MB of 24,576 MB\)/);
    const missed = scalingTargets([build(0, 10, 800), build(500, 60, 1300), build(5000, 760, 30_000)], 24);
    expect(missed[0]).toMatch(/\*\*not met\*\* \(0\.150 s against 0\.100 s, \+50%\)/);
    expect(missed[1]).toMatch(/\*\*not met\*\*/);
  });
});

describe("where a build's time goes", () => {
  it("cuts the log into phases at the lines that start them", () => {
    const lines = [
      { line: "10:00:00 [content] Syncing content", at: 1 },
      // Astro says "Completed" before bundling too: not the end of rendering.
      { line: "10:00:02 [build] ✓ Completed in 1.34s.", at: 2 },
      { line: "10:00:03 [build] Building static entrypoints...", at: 3 },
      { line: " generating static routes ", at: 10 },
      { line: "10:01:00 ✓ Completed in 50.0s.", at: 60 },
      { line: "10:01:01 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`", at: 60 },
      { line: "Running Pagefind v1.6.0 (Extended)", at: 65 },
      { line: "Finished in 9.500 seconds", at: 75 },
      { line: "service worker /sw.js: 150 entries, 5000.0 KB precached", at: 79 },
    ];
    expect(buildPhases(lines, 80)).toEqual({
      "start-up": 1,
      content: 2,
      bundling: 7,
      rendering: 50,
      "after rendering (sitemap, headers)": 5,
      "search index (Pagefind)": 10,
      "service workers": 5,
    });
    expect(buildPhases([{ line: "nothing known", at: 2 }], 9)).toEqual({ "whole build": 9 });
  });
});

describe("the gates at scale", () => {
  it("keeps a passing gate's last line and a failing gate's first errors", () => {
    expect(gateSummary(true, "a\nHTML: 4,000 pages valid.\n", "")).toEqual(["HTML: 4,000 pages valid."]);
    expect(gateSummary(false, "table", "/x/: broken link\n/y/: broken link\n")).toEqual(["/x/: broken link", "/y/: broken link"]);
  });

  it("says all four gates are green only when they are, with the load and the size report", () => {
    const run: GatesRun = {
      extraArticles: 2000,
      pages: 4300,
      buildSeconds: 300,
      buildCpuSeconds: 400,
      buildPeakMb: 3000,
      loadBefore: [3, 2, 1],
      loadAfter: [1, 1, 1],
      gates: GATES.map((g) => ({ name: g.name, ok: true, seconds: 10, summary: ["fine"] })),
      sizeReport: "page type  pages",
    };
    const text = formatGatesSection({ date: "2026-12-06", commit: "abc", runs: [run] });
    expect(text).toContain("### 2,000 generated articles in each language: all four gates green");
    expect(text).toContain("**a busy machine** (above 2.5)");
    expect(text).toContain("page type  pages");
    const red = formatGatesSection({ date: "2026-12-06", commit: "abc", runs: [{ ...run, loadBefore: [1, 1, 1], gates: [{ name: "size", ok: false, seconds: 1, summary: ["over"] }] }] });
    expect(red).toContain("**a gate failed**");
    expect(red).not.toContain("busy machine");
  });
});

describe("the profile section", () => {
  it("gives each phase's seconds per build, the totals, CPU, memory and load, and says when the machine was busy", () => {
    const build = (kind: string, load: number) => ({ kind, seconds: 100, cpuSeconds: 40, peakMb: 1800, loadBefore: [load, 1, 1], loadAfter: [load, 1, 1], phases: { bundling: 50, "search index (Pagefind)": 40 } });
    const text = formatProfileSection({ date: "2026-12-06", commit: "abc", runs: [{ extraArticles: 1000, builds: [build("cold build", 1), build("rebuild, nothing changed", 1)] }] });
    expect(text).toContain("| bundling | 50.0 | 50.0 |");
    expect(text).toContain("| **total** | **100.0** | **100.0** |");
    expect(text).toContain("| peak memory | 1,800 MB | 1,800 MB |");
    expect(text).not.toContain("busy machine");
    expect(formatProfileSection({ date: "d", commit: "c", runs: [{ extraArticles: 10, builds: [build("cold build", 9)] }] })).toContain("**A busy machine**");
  });
});

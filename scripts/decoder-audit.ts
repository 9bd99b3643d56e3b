// npm run decoder:audit: the job-ad decoder measured, into bench/DECODER.md. Three parts:
// - agreement with the project's labelled ads (tests/fixtures/job-ads/; src/lib/decoder/audit.ts):
//   dev and holdout apart and together, per role and language, the confusion matrix, and how the
//   ads that should get a message or a note were handled;
// - speed: a 1,500-word ad (the dev ads of a language, one after another, cut at 1,500 words)
//   decoded again and again, the median of the runs, with the machine's load;
// - size: the decode page's JavaScript per language, lexicon included, gzipped, from the built dist/
//   (run `npm run build` first; without it the size section says so), and franc-min for comparison.
// No randomness: the same checkout gives the same agreement figures.
//   npm run decoder:audit -- [--runs N] [--out FILE] [--dist DIR]
import { execSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { auditDecoder, DECODER_TARGETS, handled, KINDS, missedTargets, SPLITS, type Agreement, type AuditReport } from "../src/lib/decoder/audit";
import { decodeAd } from "../src/lib/decoder/reading";
import { wordCount } from "../src/lib/decoder/text";
import { ROLE_IDS } from "../src/lib/roles";
import { languageFolders } from "../src/i18n/language-folders";
import { measurePage } from "./gates/page-size";
import { readPageAssets } from "./gates/page-assets";
import { loader } from "./lib/built-site";
import { loadLexicons } from "./lib/decoder-content";
import { loadJobAds } from "./lib/job-ads";
import { loadModel } from "./lib/quiz-content";

/** The words of the timed ad, and the bound it must stay under. */
export const BENCH_WORDS = 1500;
export const BENCH_LIMIT_MS = 50;

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : "–");
const frac = (a: Agreement, k: "top1" | "top2") => `${a[k]}/${a.ads} (${pct(a[k], a.ads)})`;
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface SpeedFigures {
  lang: string;
  /** Words as a reader counts them (runs of non-space), and as the decoder does (text.ts: "CI/CD" is two). */
  words: number;
  tokens: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
  maxMs: number;
}

export interface SizeFigures {
  lang: string;
  page: string;
  /** The page's scripts, gzipped file by file. */
  scriptGz: number;
  /** The page's own lexicon (its JSON block), gzipped. */
  lexiconGz: number;
  /** What the page runs: scripts and lexicon. */
  totalGz: number;
  /** Each other language's lexicon, fetched for an ad in it, gzipped. */
  others: { lang: string; gz: number }[];
}

/** A 1,500-word ad in `lang`: the dev ads of the language one after another, cut at BENCH_WORDS words. */
export function benchAd(texts: readonly string[]): string {
  const joined = texts.join("\n\n");
  const words = [...joined.matchAll(/\S+/g)];
  const cut = words[BENCH_WORDS - 1];
  if (!cut) throw new Error(`the ads hold only ${words.length} words, fewer than ${BENCH_WORDS}`);
  return joined.slice(0, cut.index + cut[0].length);
}

function timeDecoding(runs: number): SpeedFigures[] {
  const { lexicons, words } = loadLexicons();
  const model = loadModel();
  const ads = loadJobAds();
  return Object.keys(lexicons).map((lang) => {
    const text = benchAd(ads.filter((a) => a.lang === lang && a.split === "dev").map((a) => a.text));
    for (let i = 0; i < 5; i++) decodeAd(text, lexicons, words, lang, model); // warm-up
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      decodeAd(text, lexicons, words, lang, model);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { lang, words: [...text.matchAll(/\S+/g)].length, tokens: wordCount(text), runs, medianMs: times[Math.floor(runs / 2)]!, p90Ms: times[Math.floor(runs * 0.9)]!, maxMs: times[runs - 1]! };
  });
}

function measureSizes(dist: string): SizeFigures[] | null {
  if (!existsSync(join(dist, "decode/index.html"))) return null;
  const langs = languageFolders();
  const load = loader(dist);
  return langs.map((lang) => {
    const page = lang === langs[0] ? "/decode/" : `/${lang}/decode/`;
    const html = readFileSync(join(dist, page, "index.html"));
    const size = measurePage(page, html, load);
    const lexiconGz = readPageAssets(html.toString("utf8")).scriptData.reduce((sum, text) => sum + gzipSync(text, { level: 9 }).byteLength, 0);
    const others = langs
      .filter((l) => l !== lang)
      .map((l) => ({ lang: l, gz: gzipSync(readFileSync(join(dist, "decoder", `${l}.json`)), { level: 9 }).byteLength }));
    return { lang, page, scriptGz: size.js.gz - lexiconGz, lexiconGz, totalGz: size.js.gz, others };
  });
}

/** franc-min, the language detector the project has, bundled and gzipped: what the stopword check saves. */
async function francSize(): Promise<number | null> {
  try {
    const esbuild = await import("esbuild");
    const out = await esbuild.build({ stdin: { contents: 'import { franc } from "franc-min"; export default franc;', resolveDir: process.cwd() }, bundle: true, minify: true, format: "esm", write: false });
    return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).byteLength;
  } catch {
    return null;
  }
}

/** The figures the unit test guards (tests/unit/decoder-audit.test.ts), as the report's last block. */
export function guardedFigures(r: AuditReport) {
  return Object.fromEntries(
    (["dev", "holdout", "all"] as const).map((s) => [s, { ads: r.splits[s].ads, top1: r.splits[s].top1, top2: r.splits[s].top2 }]),
  ) as Record<"dev" | "holdout" | "all", Agreement>;
}

export function auditMarkdown(
  r: AuditReport,
  speed: SpeedFigures[],
  sizes: SizeFigures[] | null,
  franc: number | null,
  meta: { commit: string; date: string; load: string; machine: string; seconds: number },
): string {
  const splits = ["dev", "holdout", "all"] as const;
  const lines = [
    "# The job-ad decoder, measured",
    "",
    `Run at ${meta.commit} on ${meta.date} (${meta.machine}; load average ${meta.load} at the start), in ${meta.seconds.toFixed(1)} s. Re-run with \`npm run decoder:audit\` (after \`npm run build\` for the sizes). The method is in docs/decoder.md; the ads and how they were written in tests/fixtures/job-ads/README.md.`,
    "",
    "The figures count the readable ads (kind `normal` or `mismatched-title`). An ad counts as read right (top-1) when the closest role is the one its duties describe, and top-2 when that role is first or second. A readable ad that gets a message (too short, not a data job) or a unicorn note instead of a reading counts as missed.",
    "",
    "## Targets",
    "",
    `Top-1 at least ${DECODER_TARGETS.top1 * 100}% and top-2 at least ${DECODER_TARGETS.top2 * 100}% on the project's set, every role at least ${DECODER_TARGETS.roleTop1 * 100}% top-1.`,
    "",
    ...splits.map((s) => {
      const missed = missedTargets(r, s);
      return `- ${s}: ${missed.length ? `missed: ${missed.join("; ")}` : "all met"}`;
    }),
    "",
    "## Agreement",
    "",
    row(["split", "ads", "top-1", "top-2"]),
    row(["---", "---:", "---:", "---:"]),
    ...splits.map((s) => row([s, r.splits[s].ads, frac(r.splits[s], "top1"), frac(r.splits[s], "top2")])),
    "",
    "### Per role",
    "",
    row(["role", ...splits.flatMap((s) => [`${s} top-1`, `${s} top-2`])]),
    row(["---", ...splits.flatMap(() => ["---:", "---:"])]),
    ...ROLE_IDS.map((role) => row([role, ...splits.flatMap((s) => [frac(r.splits[s].byRole[role], "top1"), frac(r.splits[s].byRole[role], "top2")])])),
    "",
    "### Per language",
    "",
    row(["language", ...splits.flatMap((s) => [`${s} top-1`, `${s} top-2`])]),
    row(["---", ...splits.flatMap(() => ["---:", "---:"])]),
    ...r.langs.map((lang) => row([lang, ...splits.flatMap((s) => [frac(r.splits[s].byLang[lang]!, "top1"), frac(r.splits[s].byLang[lang]!, "top2")])])),
    "",
  ];
  for (const s of ["holdout", "all"] as const) {
    lines.push(
      `### Confusion, ${s} (rows: the duties' role; columns: the closest role, or a message or unicorn note instead)`,
      "",
      row(["duties \\ closest", ...ROLE_IDS, "no reading"]),
      row(["---", ...ROLE_IDS.map(() => "---:"), "---:"]),
      ...r.splits[s].confusion.map((counts, i) => row([ROLE_IDS[i]!, ...counts])),
      "",
    );
  }
  lines.push(
    "## Ads that should not get a confident answer",
    "",
    "What the page did with each kind of ad, per language: `ok` a reading, `unicorn` a reading named as a unicorn posting, `short` and `off-topic` a plain message instead of a reading.",
    "",
    row(["kind", "language", "ads", "what the page did"]),
    row(["---", "---", "---:", "---"]),
    ...KINDS.flatMap((kind) =>
      r.langs.map((lang) => {
        const h = r.handling[kind][lang]!;
        return row([kind, lang, h.ads, Object.entries(h.outcomes).map(([k, n]) => `${k} ${n}`).join(", ") || "–"]);
      }),
    ),
    "",
    `Unicorn ads whose closest role is the title's (their label): ${r.unicornTop1.top1} of ${r.unicornTop1.ads}. Mismatched-title ads where the page says the ad reads like its duties' role although the title names another: ${r.mismatchCalled.called} of ${r.mismatchCalled.ads}.`,
    "",
    "## Ads read wrong",
    "",
    "Listed so a reader can check them; the decoder is not tuned to any one ad (docs/decoder.md).",
    "",
    row(["ad", "split", "kind", "duties", "the page"]),
    row(["---", "---", "---", "---", "---"]),
    ...r.outcomes
      .filter((o) => {
        const h = handled(o);
        if (o.ad.kind === "off-topic") return h !== "off-topic";
        if (o.ad.kind === "short") return h !== "short";
        if (o.ad.kind === "unicorn") return h !== "unicorn";
        return h !== "ok" || o.ranking[0] !== o.ad.role;
      })
      .map((o) => row([o.ad.id, o.ad.split, o.ad.kind, o.ad.role, handled(o) === "ok" || handled(o) === "unicorn" ? `${handled(o) === "unicorn" ? "unicorn; " : ""}${o.ranking.slice(0, 2).join(", ")}` : handled(o)])),
    "",
    "## Speed",
    "",
    `A ${BENCH_WORDS.toLocaleString("en")}-word ad per language (that language's dev ads one after another, cut at ${BENCH_WORDS.toLocaleString("en")} words) decoded in full (words, language, lexicon, levels, the six roles) after five warm-up runs; the bound is ${BENCH_LIMIT_MS} ms. Node ${process.version}, the same code the page runs.`,
    "",
    row(["language", "words", "words as the decoder splits them", "runs", "median", "90th percentile", "slowest"]),
    row(["---", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...speed.map((s) => row([s.lang, s.words, s.tokens, s.runs, `${s.medianMs.toFixed(2)} ms`, `${s.p90Ms.toFixed(2)} ms`, `${s.maxMs.toFixed(2)} ms`])),
    "",
    "The median is the figure to read: on a machine shared with other work, the slowest runs are those the scheduler interrupted.",
    "",
    "## Size",
    "",
  );
  if (sizes) {
    lines.push(
      "The decode page's JavaScript, gzipped file by file as a server sends it: its scripts and its own language's lexicon (a JSON block the script reads), against the 20 KB budget; another language's lexicon is fetched only for an ad in that language.",
      "",
      row(["page", "scripts", "lexicon", "JavaScript with lexicon", "budget", "another language's lexicon, on demand"]),
      row(["---", "---:", "---:", "---:", "---:", "---"]),
      ...sizes.map((s) => row([s.page, kb(s.scriptGz), kb(s.lexiconGz), kb(s.totalGz), "20.0 KB", s.others.map((o) => `${o.lang} ${kb(o.gz)}`).join(", ")])),
      "",
    );
  } else lines.push("Not measured: no built site in dist/ (run `npm run build` first).", "");
  if (franc !== null) lines.push(`For comparison, franc-min (the language detector in devDependencies), bundled and minified, is ${kb(franc)} gzipped on its own: more than the whole page's budget, so the decoder tells languages apart by their frequent words instead.`, "");
  lines.push("## Figures the unit test guards", "", "```json", JSON.stringify(guardedFigures(r), null, 2), "```", "");
  return lines.join("\n");
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const load = loadavg()[0]!.toFixed(2);
  const machine = `${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${cpus().length} cores`;
  const start = performance.now();
  const { lexicons, words } = loadLexicons();
  const report = auditDecoder(loadJobAds(), lexicons, words, loadModel());
  const speed = timeDecoding(Number(arg("runs") ?? 51));
  const sizes = measureSizes(arg("dist") ?? process.env["OUT_DIR"] ?? "dist");
  const franc = await francSize();
  const seconds = (performance.now() - start) / 1000;
  let commit = "a working tree";
  try {
    commit =
      execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim() +
      (execSync("git status --porcelain content src scripts", { encoding: "utf8" }).trim() ? " (with uncommitted changes)" : "");
  } catch {
    // not a git checkout: say so
  }
  const out = arg("out") ?? "bench/DECODER.md";
  writeFileSync(out, auditMarkdown(report, speed, sizes, franc, { commit, date: new Date().toISOString().slice(0, 10), load, machine, seconds }));
  const all = report.splits.all;
  const hold = report.splits.holdout;
  console.log(
    `decoder audit: all ${all.top1}/${all.ads} top-1, ${all.top2}/${all.ads} top-2; holdout ${hold.top1}/${hold.ads}, ${hold.top2}/${hold.ads}; ` +
      `median ${speed.map((s) => `${s.lang} ${s.medianMs.toFixed(1)} ms`).join(", ")}` +
      (sizes ? `; JavaScript with lexicon ${sizes.map((s) => `${s.lang} ${kb(s.totalGz)}`).join(", ")}` : "; sizes not measured (no dist/)") +
      `; wrote ${out}`,
  );
  for (const s of SPLITS) for (const m of missedTargets(report, s)) console.log(`  ${s}: missed ${m}`);
}

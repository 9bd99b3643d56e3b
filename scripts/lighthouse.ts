// npm run lighthouse: Lighthouse (mobile settings) on one page of each type in each language,
// three runs each, medians; writes bench/LIGHTHOUSE.md. Builds the site into a folder of its own
// (--work, default <tmp>/data-career-guide-lighthouse: astro build, Pagefind, service workers) and serves it with `astro preview`; Chromium is the one
// the browser tests use (scripts/lib/chromium.ts). Not part of npm test: it takes minutes.
//   npm run lighthouse -- --runs 1 --skip-build          (a quick look at an existing build)
//   npm run lighthouse -- --styles never,always,auto     (build.inlineStylesheets compared on the
//     home, role and article pages: builds one site per value, INLINE_STYLES read by
//     astro.config.mjs, and writes that comparison's own section of bench/LIGHTHOUSE.md)
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { withSection } from "./bench/compare";
import { LIGHTHOUSE_PAGES, formatLighthouse, medianSample, pageUrl, type PageResult, type Sample } from "./bench/lighthouse";
import { markdownTable } from "./gates/format";
import { findChromium } from "./lib/chromium";
import { launchChrome, measure } from "./lib/lighthouse-run";

const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    port: { type: "string", default: "4517" },
    "skip-build": { type: "boolean", default: false },
    styles: { type: "string" },
    work: { type: "string" },
  },
});
const runs = Number(args.runs);
const port = Number(args.port);
const root = process.cwd();
// Builds go outside the project (npm run bench clears bench/work/ when it ends).
const work = args.work ?? join(os.tmpdir(), "data-career-guide-lighthouse");
const reportFile = join(root, "bench", "LIGHTHOUSE.md");
const bin = (name: string) => join(root, "node_modules", ".bin", name);
const chromePath = findChromium();
if (!chromePath) {
  console.error("No Chromium found: set CHROMIUM_PATH (see scripts/lib/chromium.ts).");
  process.exit(2);
}
// Every language the site has: one dictionary folder each (as astro.config.mjs reads them), English first.
const languages = readdirSync(join(root, "src", "i18n", "dictionaries"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));

/** npm run build's steps, into `outDir`; `inlineStyles` sets INLINE_STYLES for astro.config.mjs. */
function build(outDir: string, inlineStyles?: string) {
  console.log(`Building into ${outDir}${inlineStyles ? ` (inlineStylesheets: ${inlineStyles})` : ""}...`);
  const env = { ...process.env, OUT_DIR: outDir, CACHE_DIR: `${outDir}-cache`, ...(inlineStyles ? { INLINE_STYLES: inlineStyles } : {}) };
  const run = (cmd: string, a: string[]) => execFileSync(cmd, a, { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  run(bin("astro"), ["build"]);
  run(bin("pagefind"), ["--site", outDir]);
  run(process.execPath, ["--import", "./scripts/register-ts.mjs", "scripts/service-worker.ts", outDir]);
}

/** `astro preview` of a build, resolved once it answers. */
async function serve(outDir: string): Promise<ChildProcess> {
  const child = spawn(bin("astro"), ["preview", "--ignore-lock", "--host", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    env: { ...process.env, OUT_DIR: outDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`astro preview did not answer on port ${port}`);
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const closed = new Promise((r) => child.on("close", r));
  child.kill("SIGTERM");
  await closed;
}

/** Runs every page `runs` times, round by round, on one Chromium. */
async function measureAll(base: string, pages: { type: string; url: string }[]): Promise<PageResult[]> {
  const chrome = await launchChrome(chromePath!);
  try {
    const results: PageResult[] = pages.map((p) => ({ ...p, runs: [] }));
    for (let round = 1; round <= runs; round++)
      for (const r of results) {
        const s = await measure(chrome, `${base}${r.url}`);
        r.runs.push(s);
        console.log(`run ${round}/${runs} ${r.url}: performance ${s.scores.performance}, LCP ${(s.lcp / 1000).toFixed(2)} s, TBT ${Math.round(s.tbt)} ms, CLS ${s.cls.toFixed(3)}`);
      }
    return results;
  } finally {
    await chrome.kill();
  }
}

function git(...a: string[]): string {
  try {
    return execFileSync("git", a, { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}
const commit = () => `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? " (with uncommitted changes)" : ""}`;
const version = (pkg: string) => (JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
const chromiumVersion = () => {
  try {
    return execFileSync(chromePath!, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "Chromium";
  }
};
const fixed = (n: number, digits: number) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const previous = () => (existsSync(reportFile) ? readFileSync(reportFile, "utf8") : "");

/** The document and its stylesheets, as files and gzip-compressed (what a compressing host sends). */
function pageWeight(outDir: string, url: string) {
  const html = readFileSync(join(outDir, url, "index.html"));
  const text = html.toString("utf8");
  const sheets = [...text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(outDir, m[1]!)));
  const gz = (b: Buffer) => gzipSync(b, { level: 9 }).length;
  const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(text)?.[1] ?? "";
  const styleSrc = /style-src-elem ([^;]*)/.exec(csp)?.[1] ?? /style-src ([^;]*)/.exec(csp)?.[1] ?? "";
  return {
    html: html.length,
    htmlGz: gz(html),
    sheets: sheets.length,
    css: sheets.reduce((a, b) => a + b.length, 0),
    cssGz: sheets.reduce((a, b) => a + gz(b), 0),
    inlineStyles: (text.match(/<style[\s>]/g) ?? []).length,
    styleHashes: (styleSrc.match(/'sha\d+-/g) ?? []).length,
    csp: csp.length,
  };
}

mkdirSync(work, { recursive: true });
const loadBefore = os.loadavg();

if (args.styles) {
  // build.inlineStylesheets compared: one build per value, the same three pages, runs interleaved.
  const variants = args.styles.split(",");
  const pages = LIGHTHOUSE_PAGES.filter((p) => ["home", "role", "article"].includes(p.type)).map((p) => ({ type: p.type, url: p.path }));
  for (const v of variants) if (!args["skip-build"]) build(join(work, `styles-${v}`), v);
  const results = new Map<string, PageResult[]>(variants.map((v) => [v, pages.map((p) => ({ ...p, runs: [] as Sample[] }))]));
  const chrome = await launchChrome(chromePath);
  try {
    for (let round = 1; round <= runs; round++)
      for (const v of variants) {
        const server = await serve(join(work, `styles-${v}`));
        try {
          for (const r of results.get(v)!) {
            const s = await measure(chrome, `http://127.0.0.1:${port}${r.url}`);
            r.runs.push(s);
            console.log(`run ${round}/${runs} ${v} ${r.url}: LCP ${(s.lcp / 1000).toFixed(2)} s, ${Math.round(s.bytes / 1024)} KB`);
          }
        } finally {
          await stop(server);
        }
      }
  } finally {
    await chrome.kill();
  }
  const head = ["page", "inlineStylesheets", "HTML", "HTML gzip", "stylesheets", "CSS", "CSS gzip", "HTML + CSS gzip", "transferred (Lighthouse)", "LCP", "TBT", "CLS", "performance", "<style> blocks", "style hashes in CSP", "CSP length"];
  const rows: string[][] = [];
  for (const p of pages)
    for (const v of variants) {
      const w = pageWeight(join(work, `styles-${v}`), p.url);
      const m = medianSample(results.get(v)!.find((r) => r.url === p.url)!.runs);
      const kb = (n: number) => `${fixed(n / 1024, 1)} KB`;
      rows.push([p.type, v, kb(w.html), kb(w.htmlGz), String(w.sheets), kb(w.css), kb(w.cssGz), kb(w.htmlGz + w.cssGz), kb(m.bytes), `${fixed(m.lcp / 1000, 2)} s`, `${fixed(m.tbt, 0)} ms`, fixed(m.cls, 3), fixed(m.scores.performance, 0), String(w.inlineStyles), String(w.styleHashes), `${fixed(w.csp, 0)} B`]);
    }
  const section = `## build.inlineStylesheets compared

Written by \`npm run lighthouse -- --styles ${args.styles}\` on ${new Date().toISOString().slice(0, 10)} at commit \`${commit()}\`. One build per
value (\`INLINE_STYLES\`, read by astro.config.mjs for this measurement only; the site's setting is
"always"), the same three English pages, ${runs} Lighthouse runs each (mobile), medians. HTML and CSS
sizes are the built files, and gzip -9 of them (what a compressing host sends: a linked stylesheet
is fetched once and then cached across pages, an inlined one is sent again inside every page);
"transferred" is Lighthouse's figure from \`astro preview\` (gzip). Inline \`<style>\` blocks
are allowed by the Content-Security-Policy through a hash each (Astro's \`security.csp\`), so the
"CSP length" column is the policy each page carries. Load average ${os.loadavg().map((x) => fixed(x, 2)).join(", ")} at the end.

${markdownTable(head, rows, "llrrrrrrrrrrrrrr")}
`;
  writeFileSync(reportFile, withSection(previous(), "inline-styles", section));
  console.log(`\n${section}`);
} else {
  const outDir = join(work, "dist");
  if (!args["skip-build"]) build(outDir);
  const pages = languages.flatMap((lang) => LIGHTHOUSE_PAGES.map((p) => ({ type: lang === "en" ? p.type : `${p.type} (${lang})`, url: pageUrl(lang, p.path) })));
  const server = await serve(outDir);
  let results: PageResult[];
  try {
    results = await measureAll(`http://127.0.0.1:${port}`, pages);
  } finally {
    await stop(server);
  }
  const report = formatLighthouse({
    date: new Date().toISOString().slice(0, 10),
    commit: commit(),
    lighthouse: version("lighthouse"),
    chromium: chromiumVersion(),
    node: process.version,
    runs,
    loadBefore,
    loadAfter: os.loadavg(),
    cores: os.cpus().length,
    pages: results,
  });
  // The inlineStylesheets comparison (--styles) keeps its own section.
  const prev = previous();
  const start = prev.indexOf("<!-- bench:inline-styles:start -->");
  writeFileSync(reportFile, start >= 0 ? `${report}\n${prev.slice(start)}` : report);
  console.log(report);
}

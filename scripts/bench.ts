// npm run bench: how the build scales with content, and how fast the quiz scorer is. Builds copies
// of content/ with 0, 500 and 2,000 generated articles, each with its generated Spanish translation
// (CONTENT_DIR, each into its own output folder), timing each build and its peak memory; then
// scores many random answer sets. Writes bench/RESULTS.md. Not part of npm test: it takes minutes.
//   npm run bench -- --sizes 0,100 --answers 20000   (a quicker, smaller run)
// npm run bench -- --anchor: the same generated articles built, in the same run, by this site
// (npm run build's steps), by a Starlight site and by a bare Astro MDX site (installed on demand
// under bench/anchor/, see scripts/bench/anchors.ts): cold build, rebuild with nothing changed,
// rebuild with one article changed, peak memory and output bytes, as ratios to the two anchors.
// Writes its own section of bench/RESULTS.md and leaves the rest as it was (and the plain run
// leaves that section as it was).
//   npm run bench -- --anchor --sizes 100,1000
// npm run bench -- --gates: the site built (npm run build's steps) with 2,000 generated articles in
// each language, then the four gates of npm test on the output (scripts/bench/gates.ts). Writes its
// own section of bench/RESULTS.md.
//   npm run bench -- --gates --sizes 60 --keep   (a small one, output kept in bench/work/)
// npm run bench -- --profile: this site alone with 1,000 generated articles per language, a cold
// build and a rebuild with nothing changed, phase by phase (scripts/bench/phases.ts). Writes its
// own section of bench/RESULTS.md.
import { spawn, spawnSync, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, sep } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { anchorSites, type AnchorSite } from "./bench/anchors";
import { describedArticle, editedArticle, generateArticle, type GeneratedArticle } from "./bench/articles";
import { randomAnswers } from "./bench/answers";
import { seeded } from "./bench/random";
import {
  ANCHOR_SECTION,
  PHASES,
  PHASE_LABEL,
  anchorTable,
  formatAnchorSection,
  keepSection,
  withSection,
  type AnchorComparison,
  type AnchorRun,
  type SiteName,
} from "./bench/compare";
import { GATES, GATES_SECTION, formatGatesSection, gateSummary, sizeReport, type GatesRun } from "./bench/gates";
import { PROFILE_SECTION, buildPhases, formatProfileSection, type ProfileRun } from "./bench/phases";
import { buildTable, cpuSeconds, formatReport, pagesPerSecond, peakRssKb, profilesPerSecond, warningLines, type BenchReport, type BuildRun, type ScorerRun } from "./bench/results";
import type { ClientData } from "../src/lib/quiz/client-data";
import { scoreAnswers } from "../src/lib/quiz/score";
import { medianSample } from "./bench/lighthouse";
import { findChromium } from "./lib/chromium";
import { serveStatic } from "./lib/static-server";
import { builtPages } from "./lib/built-site";
import { launchChrome, measure } from "./lib/lighthouse-run";

const { values: args } = parseArgs({
  // --no-lighthouse turns the Lighthouse comparison off.
  allowNegative: true,
  options: {
    sizes: { type: "string" },
    answers: { type: "string", default: "100000" },
    keep: { type: "boolean", default: false },
    anchor: { type: "boolean", default: false },
    gates: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    // --no-lighthouse: skip the article LCP comparison at the end of --anchor.
    lighthouse: { type: "boolean", default: true },
  },
});
const sizes = (args.sizes ?? (args.anchor || args.profile ? "1000" : args.gates ? "2000" : "0,500,2000,5000")).split(",").map(Number);
const answerSets = Number(args.answers);
if (sizes.some((n) => !Number.isInteger(n) || n < 0) || !(answerSets > 0)) {
  console.error("--sizes takes whole numbers; --answers a positive number.");
  process.exit(2);
}
if (!args.gates && !args.profile && (args.anchor ? sizes.includes(0) : !sizes.includes(0))) {
  console.error(args.anchor ? "--anchor --sizes: at least one article (the one-article rebuild changes one)." : "--sizes must include 0 (the scorer reads the quiz page of that build).");
  process.exit(2);
}

const root = process.cwd();
const work = join(root, "bench", "work");
const anchorRoot = join(root, "bench", "anchor");

/**
 * A copy of the project (its node_modules linked, not copied) that every build of the run uses:
 * others edit the working tree while a run takes its half hour, and a rebuild must build the code
 * and content the cold build built.
 */
function snapshot(): string {
  const dir = join(work, "project");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const skip = new Set(["node_modules", ".git", "dist", "bench", "test-results", "playwright-report", ".astro", ".cache"]);
  for (const entry of readdirSync(root)) if (!skip.has(entry)) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  return dir;
}
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const steps = args.anchor || args.gates || args.profile ? sizes.length : sizes.length + 1;

// One status line, rewritten in place on a terminal; a line every ten seconds in a log.
const tty = process.stdout.isTTY;
let lastLogged = 0;
function progress(text: string) {
  if (tty) process.stdout.write(`\r\x1b[K${text}`);
  else if (Date.now() - lastLogged > 10_000) {
    lastLogged = Date.now();
    console.log(text);
  }
}
function finish(text: string) {
  if (tty) process.stdout.write("\r\x1b[K");
  lastLogged = 0;
  console.log(text);
}

/** Peak resident memory of a process so far (VmHWM), where /proc has it. */
function highWaterKb(pid: number): number | null {
  try {
    const m = /VmHWM:\s*(\d+)\s*kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

interface Timed {
  seconds: number;
  /** Wall-clock seconds spent in each phase of the build, from when its log lines arrived (buildPhases). */
  phases: Record<string, number>;
  cpuSeconds: number | null;
  peakKb: number | null;
  /** Every line the command printed, colour codes removed. */
  log: string[];
}

/** Runs a command under /usr/bin/time -v (where there is one), with a progress line; exits on failure. */
async function timed(label: string, cmd: string, cmdArgs: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeFile: string }): Promise<Timed> {
  const [file, argv] = gnuTime ? [gnuTime, ["-v", "-o", opts.timeFile, cmd, ...cmdArgs]] : [cmd, cmdArgs];
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: opts.cwd,
    env: { ...process.env, ...opts.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  /** Each line with the second it arrived, for the phase profile. */
  const arrivals: { line: string; at: number }[] = [];
  let rendered = 0;
  let phase = "starting";
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (raw) => {
      // Astro colours its log even when asked not to; drop the escape codes before reading it.
      const line = raw.replace(/\x1b\[[0-9;]*m/g, "");
      log.push(line);
      arrivals.push({ line, at: (performance.now() - started) / 1000 });
      if (/[├└]─ \//.test(line)) {
        rendered++;
        phase = "rendering pages";
      } else if (line.includes("[content]")) phase = "loading content";
      else if (line.includes("Building static entrypoints")) phase = "bundling";
      else if (line.includes("generating static routes")) phase = "rendering pages";
      else if (/pagefind/i.test(line)) phase = "indexing for search";
    });
  }
  let sampledKb: number | null = null;
  const timer = setInterval(() => {
    if (!gnuTime && child.pid) sampledKb = Math.max(sampledKb ?? 0, highWaterKb(child.pid) ?? 0) || null;
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    progress(`${label}: ${phase}, ${rendered.toLocaleString("en-US")} pages written, ${seconds} s`);
  }, 250);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    finish(`${label}: failed`);
    console.error(log.slice(-40).join("\n"));
    process.exit(1);
  }
  const timeOutput = gnuTime ? readFileSync(opts.timeFile, "utf8") : "";
  return { seconds, phases: buildPhases(arrivals, seconds), cpuSeconds: cpuSeconds(timeOutput), peakKb: gnuTime ? peakRssKb(timeOutput) : sampledKb, log };
}

/** Writes n generated articles (and their Spanish translations) into a copy of content/. */
function contentWith(content: string, extra: number): GeneratedArticle[] {
  rmSync(content, { recursive: true, force: true });
  cpSync(join(projectRoot, "content"), content, { recursive: true });
  const rng = seeded(20_260_101);
  const articles: GeneratedArticle[] = [];
  for (let n = 1; n <= extra; n++) {
    const article = generateArticle(rng, n);
    writeFileSync(join(content, "articles", article.file), article.text);
    writeFileSync(join(content, "i18n", "es", "articles", article.file), article.es);
    articles.push(article);
  }
  return articles;
}

/** npm run build's steps into `out`: astro build, then Pagefind, then the service workers. */
function fullBuild(out: string): [string, string[]] {
  const bin = (name: string) => join(root, "node_modules", ".bin", name);
  return ["sh", ["-c", `"${bin("astro")}" build --outDir "${out}" && "${bin("pagefind")}" --site "${out}" && node --import ./scripts/register-ts.mjs scripts/service-worker.ts "${out}"`]];
}

/** The site with `extra` generated articles, built and put through the four gates of npm test. */
async function gatesRun(extra: number, step: number): Promise<GatesRun> {
  const dir = join(work, `gates-${extra}`);
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, "content");
  contentWith(content, extra);
  const out = join(dir, "dist");
  const loadBefore = os.loadavg();
  const label = `[${step}/${steps}] ${extra.toLocaleString("en-US")} articles in each language`;
  const [cmd, cmdArgs] = fullBuild(out);
  const t = await timed(`${label}, npm run build`, cmd, cmdArgs, { cwd: projectRoot, env: { CONTENT_DIR: content, OG_CACHE_DIR: join(dir, "og-cards") }, timeFile: join(dir, "time.txt") });
  finish(`${label}: built in ${t.seconds.toFixed(1)} s`);
  const gates = [];
  let size = "";
  for (const gate of GATES) {
    progress(`${label}: npm run ${gate.name}`);
    const started = performance.now();
    const r = spawnSync(process.execPath, ["--import", "./scripts/register-ts.mjs", gate.script, out], { cwd: projectRoot, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    const ok = r.status === 0;
    gates.push({ name: gate.name, ok, seconds: (performance.now() - started) / 1000, summary: gateSummary(ok, r.stdout, r.stderr) });
    if (gate.name === "size") size = sizeReport(r.stdout);
    finish(`${label}: npm run ${gate.name} ${ok ? "passed" : "FAILED"}${ok ? "" : `\n  ${gates.at(-1)!.summary.slice(0, 5).join("\n  ")}`}`);
  }
  return {
    extraArticles: extra,
    pages: builtPages(out).length,
    buildSeconds: t.seconds,
    buildCpuSeconds: t.cpuSeconds,
    buildPeakMb: t.peakKb === null ? null : t.peakKb / 1024,
    loadBefore,
    loadAfter: os.loadavg(),
    gates,
    sizeReport: size,
  };
}

async function build(extra: number, step: number): Promise<BuildRun> {
  const dir = join(work, `articles-${extra}`);
  const content = join(dir, "content");
  const outDir = join(dir, "dist");
  rmSync(dir, { recursive: true, force: true });
  contentWith(content, extra);
  const label = `[${step}/${steps}] build with ${extra.toLocaleString("en-US")} extra articles`;
  const loadBefore = os.loadavg();
  // npm run build's steps: astro build, Pagefind, the service workers.
  const [cmd, cmdArgs] = fullBuild(outDir);
  const t = await timed(label, cmd, cmdArgs, {
    cwd: projectRoot,
    env: { CONTENT_DIR: content, OG_CACHE_DIR: join(dir, "og-cards") },
    timeFile: join(dir, "time.txt"),
  });
  const run: BuildRun = {
    extraArticles: extra,
    pages: builtPages(outDir).length,
    seconds: t.seconds,
    cpuSeconds: t.cpuSeconds,
    peakMb: t.peakKb === null ? null : t.peakKb / 1024,
    warnings: warningLines(t.log).length,
    loadBefore,
    loadAfter: os.loadavg(),
    phases: t.phases,
  };
  // The 5,000-article output alone is over a gigabyte: keep only the last one asked for.
  if (!args.keep && extra > 0) rmSync(outDir, { recursive: true, force: true });
  finish(`${label}: ${run.pages} pages in ${t.seconds.toFixed(1)} s (${pagesPerSecond(run).toFixed(1)} pages/s), ${run.warnings} warning lines`);
  for (const w of warningLines(t.log).slice(0, 5)) console.log(`  ${w}`);
  return run;
}

function scorer(): ScorerRun {
  const label = `[${steps}/${steps}] quiz scorer`;
  // The model the built quiz page hands the browser: the scorer runs on exactly those numbers.
  const page = readFileSync(join(work, "articles-0", "dist", "quiz", "index.html"), "utf8");
  const json = /<script type="application\/json" data-quiz-data>([\s\S]*?)<\/script>/.exec(page)?.[1];
  if (!json) throw new Error("the built quiz page has no data-quiz-data script");
  const { model } = JSON.parse(json) as ClientData;
  const rng = seeded(42);
  const sets = Array.from({ length: answerSets }, () => randomAnswers(model, rng));
  // Warm up so the timing is of optimised code, as in a visitor's browser after the first result.
  for (let i = 0; i < Math.min(5_000, answerSets); i++) scoreAnswers(model, sets[i]!);
  const top = new Map<string, number>(model.roles.map((r) => [r.id, 0]));
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < answerSets; i++) {
    const first = scoreAnswers(model, sets[i]!).ranking[0]!;
    top.set(first, top.get(first)! + 1);
    if (i % 10_000 === 0) progress(`${label}: ${i.toLocaleString("en-US")} of ${answerSets.toLocaleString("en-US")} answer sets`);
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const run: ScorerRun = { answerSets, seconds, cpuSeconds: (used.user + used.system) / 1e6, topCounts: [...top].map(([role, count]) => ({ role, count })) };
  finish(`${label}: ${answerSets.toLocaleString("en-US")} answer sets in ${run.seconds.toFixed(2)} s (${Math.round(profilesPerSecond(run)).toLocaleString("en-US")} profiles/s)`);
  return run;
}

function git(...a: string[]): string {
  try {
    return execFileSync("git", a, { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/** Bytes of every file under a folder. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const f of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    const st = statSync(join(dir, f));
    if (st.isFile()) total += st.size;
  }
  return total;
}

/** HTML pages under a folder, search index left out. */
function htmlPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html") && !f.split(sep).includes("pagefind")).length;
}

const versionOf = (pkg: string) => (JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;

/** Writes an anchor site's files and installs its packages when its package.json changed since the last install. */
function prepareAnchor(site: AnchorSite): string {
  const dir = join(anchorRoot, site.name);
  for (const [path, text] of Object.entries(site.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const stamp = join(dir, "node_modules", ".bench-installed.json");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== site.files["package.json"]) {
    finish(`Installing the ${site.label} anchor in bench/anchor/${site.name} (once; npm install)...`);
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--no-package-lock"], { cwd: dir, stdio: "inherit" });
    writeFileSync(stamp, site.files["package.json"]!);
  }
  return dir;
}

interface Site {
  name: SiteName;
  label: string;
  outDir: string;
  /** The command that builds it, as `npm run build` (or the site's own `astro build`) would. */
  command: [string, string[]];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Caches a cold build starts without. */
  caches: string[];
  /** Changes one article's body (in every language the site has). */
  edit: () => void;
  /** Changes one article's description (in every language the site has). */
  describe: () => void;
}

async function anchorComparison(extra: number, step: number): Promise<AnchorComparison> {
  const versions = { astro: versionOf("astro"), mdx: versionOf("@astrojs/mdx"), inter: versionOf("@fontsource/inter") };
  const anchors = anchorSites(versions);
  const dirs = new Map(anchors.map((a) => [a.name, prepareAnchor(a)]));

  // The same generated articles for all three; this site also gets each one's Spanish translation.
  const dir = join(work, `anchor-${extra}`);
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, "content");
  const generated = contentWith(content, extra);
  for (const a of anchors) {
    const siteDir = dirs.get(a.name)!;
    for (const { path } of a.article(generated[0]!.article)) rmSync(join(siteDir, dirname(path)), { recursive: true, force: true });
    for (const g of generated)
      for (const { path, text } of a.article(g.article)) {
        mkdirSync(dirname(join(siteDir, path)), { recursive: true });
        writeFileSync(join(siteDir, path), text);
      }
  }
  // The article the one-article rebuild changes: one from the middle of the set.
  const changed = generated[Math.floor(generated.length / 2)]!;
  const editFile = (file: string, sentence: string) => writeFileSync(file, editedArticle(readFileSync(file, "utf8"), sentence));
  const describeFile = (file: string, description: string) => writeFileSync(file, describedArticle(readFileSync(file, "utf8"), description));
  const EN = { sentence: "This sentence was added for the rebuild.", description: "A description changed for the rebuild, which the lists, the feed and the share card show." };
  const ES = { sentence: "Esta frase se añadió para la recompilación.", description: "Una descripción cambiada para la recompilación, que muestran las listas, el canal y la tarjeta." };
  const texts = (path: string) => (/(^|\/)es\//.test(path) ? ES : EN);

  const projectOut = join(dir, "dist");
  const project: Site = {
    name: "project",
    label: "this site (en + es)",
    outDir: projectOut,
    // npm run build: astro build, then Pagefind, then the service workers.
    command: fullBuild(projectOut),
    cwd: projectRoot,
    env: { CONTENT_DIR: content, OG_CACHE_DIR: join(dir, "og-cards") },
    caches: [join(dir, ".astro-cache"), join(dir, "og-cards"), join(dir, ".sw-cache")],
    edit: () => {
      editFile(join(content, "articles", changed.file), EN.sentence);
      editFile(join(content, "i18n", "es", "articles", changed.file), ES.sentence);
    },
    describe: () => {
      describeFile(join(content, "articles", changed.file), EN.description);
      describeFile(join(content, "i18n", "es", "articles", changed.file), ES.description);
    },
  };
  const sites: Site[] = [
    project,
    ...anchors.map((a): Site => {
      const siteDir = dirs.get(a.name)!;
      return {
        name: a.name,
        label: a.label,
        outDir: join(siteDir, "dist"),
        command: [join(siteDir, "node_modules", ".bin", "astro"), ["build"]],
        cwd: siteDir,
        caches: a.caches.map((c) => join(siteDir, c)),
        edit: () => {
          for (const { path } of a.article(changed.article)) editFile(join(siteDir, path), texts(path).sentence);
        },
        describe: () => {
          for (const { path } of a.article(changed.article)) describeFile(join(siteDir, path), texts(path).description);
        },
      };
    }),
  ];

  const runs: AnchorRun[] = [];
  const results = new Map<SiteName, { pages: number; bytes: number; warnings: number }>();
  // Phase by phase, the three sites in turn, so a change in the machine's load falls on all three.
  for (const phase of PHASES) {
    for (const site of sites) {
      if (phase === "cold") for (const d of [site.outDir, ...site.caches]) rmSync(d, { recursive: true, force: true });
      if (phase === "edit") site.edit();
      if (phase === "describe") site.describe();
      const loadBefore = os.loadavg();
      const label = `[${step}/${steps}] ${extra.toLocaleString("en-US")} articles, ${site.label}, ${PHASE_LABEL[phase]}`;
      const t = await timed(label, site.command[0], site.command[1], { cwd: site.cwd, env: site.env ?? {}, timeFile: join(dir, `time-${site.name}-${phase}.txt`) });
      runs.push({ site: site.name, phase, seconds: t.seconds, cpuSeconds: t.cpuSeconds, peakMb: t.peakKb === null ? null : t.peakKb / 1024, loadBefore, loadAfter: os.loadavg(), phases: t.phases });
      if (phase === "cold") results.set(site.name, { pages: htmlPages(site.outDir), bytes: folderBytes(site.outDir), warnings: warningLines(t.log).length });
      finish(`${label}: ${t.seconds.toFixed(1)} s, peak ${t.peakKb === null ? "n/a" : `${Math.round(t.peakKb / 1024)} MB`}`);
      if (site.name === "project" && phase === "cold") for (const w of warningLines(t.log).slice(0, 5)) console.log(`  warning: ${w}`);
    }
  }
  const articleLcp = args.lighthouse ? await articleLcps(sites, `/articles/${changed.article.slug}/`, step) : undefined;
  return {
    extraArticles: extra,
    sites: sites.map((s) => ({ name: s.name, label: s.label, ...results.get(s.name)! })),
    runs,
    ...(articleLcp ? { articleLcp } : {}),
  };
}

/** Lighthouse's LCP for the same article in each site's output: three runs each, round by round, medians. */
async function articleLcps(sites: Site[], path: string, step: number): Promise<Partial<Record<SiteName, number>>> {
  const chromePath = findChromium();
  if (!chromePath) {
    finish("No Chromium found (CHROMIUM_PATH): the article LCP comparison is left out.");
    return {};
  }
  const servers = await Promise.all(sites.map((s) => serveStatic(s.outDir, { gzip: true })));
  const chrome = await launchChrome(chromePath);
  const samples = new Map<SiteName, Awaited<ReturnType<typeof measure>>[]>(sites.map((s) => [s.name, []]));
  try {
    for (let round = 1; round <= 3; round++)
      for (const [i, site] of sites.entries()) {
        progress(`[${step}/${steps}] Lighthouse on ${path}: ${site.label}, run ${round} of 3`);
        samples.get(site.name)!.push(await measure(chrome, `${servers[i]!.url}${path}`));
      }
  } finally {
    await chrome.kill();
    await Promise.all(servers.map((s) => s.close()));
  }
  const lcp = Object.fromEntries([...samples].map(([name, runs]) => [name, medianSample(runs).lcp]));
  finish(`[${step}/${steps}] article LCP (median of 3): ${sites.map((s) => `${s.label} ${(lcp[s.name]! / 1000).toFixed(2)} s`).join(", ")}`);
  return lcp;
}

function machine(): BenchReport["machine"] {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGb: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    loadAverage: os.loadavg(),
  };
}
// BENCH_COMMIT names what was built when the run is not in a git checkout (an exported tree).
const commit = () => process.env["BENCH_COMMIT"] ?? `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? " (with uncommitted changes)" : ""}`;
const memoryMethod = gnuTime ? "the maximum resident set size `/usr/bin/time -v` reports" : "the process's VmHWM from /proc, sampled every 250 ms";
const resultsFile = join(root, "bench", "RESULTS.md");
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, "utf8") : "";

const startMachine = machine();
mkdirSync(work, { recursive: true });
const projectRoot = snapshot();
/** A cold build and a rebuild with nothing changed of this site with `extra` articles, phase by phase. */
async function profileRun(extra: number, step: number): Promise<ProfileRun> {
  const dir = join(work, `profile-${extra}`);
  rmSync(dir, { recursive: true, force: true });
  const content = join(dir, "content");
  contentWith(content, extra);
  const out = join(dir, "dist");
  const builds: ProfileRun["builds"] = [];
  for (const kind of ["cold build", "rebuild, nothing changed"] as const) {
    const loadBefore = os.loadavg();
    const [cmd, cmdArgs] = fullBuild(out);
    const t = await timed(`[${step}/${steps}] ${extra.toLocaleString("en-US")} articles, ${kind}`, cmd, cmdArgs, { cwd: projectRoot, env: { CONTENT_DIR: content, OG_CACHE_DIR: join(dir, "og-cards") }, timeFile: join(dir, "time.txt") });
    builds.push({ kind, seconds: t.seconds, cpuSeconds: t.cpuSeconds, peakMb: t.peakKb === null ? null : t.peakKb / 1024, loadBefore, loadAfter: os.loadavg(), phases: t.phases });
    finish(`[${step}/${steps}] ${extra.toLocaleString("en-US")} articles, ${kind}: ${t.seconds.toFixed(1)} s`);
  }
  return { extraArticles: extra, builds };
}

if (args.profile) {
  const runs: ProfileRun[] = [];
  for (const [i, extra] of sizes.entries()) runs.push(await profileRun(extra, i + 1));
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  writeFileSync(resultsFile, withSection(previous, PROFILE_SECTION, formatProfileSection({ date: new Date().toISOString().slice(0, 10), commit: commit(), runs })));
  console.log("\nWrote bench/RESULTS.md (the profile section).");
} else if (args.gates) {
  console.log(`Every gate at scale: builds with ${sizes.join(", ")} generated articles in each language, then html-validate, Nu, links and size budgets.`);
  const runs: GatesRun[] = [];
  for (const [i, extra] of sizes.entries()) runs.push(await gatesRun(extra, i + 1));
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  writeFileSync(resultsFile, withSection(previous, GATES_SECTION, formatGatesSection({ date: new Date().toISOString().slice(0, 10), commit: commit(), runs })));
  console.log("\nWrote bench/RESULTS.md (the gates section).");
  if (runs.some((r) => r.gates.some((g) => !g.ok))) process.exit(1);
} else if (args.anchor) {
  console.log(`Benchmark against Starlight and a bare Astro site: ${sizes.join(", ")} generated articles (cold build, rebuild, one article changed).`);
  const comparisons: AnchorComparison[] = [];
  for (const [i, extra] of sizes.entries()) comparisons.push(await anchorComparison(extra, i + 1));
  if (!args.keep) {
    rmSync(work, { recursive: true, force: true });
    // Keep only each anchor's install: its sources and output would otherwise be picked up by the
    // project's type check (tsconfig.json includes every file outside node_modules).
    for (const name of readdirSync(anchorRoot))
      for (const entry of readdirSync(join(anchorRoot, name)))
        if (entry !== "node_modules" && entry !== "package.json") rmSync(join(anchorRoot, name, entry), { recursive: true, force: true });
  }
  const section = formatAnchorSection({
    date: new Date().toISOString().slice(0, 10),
    commit: commit(),
    machine: startMachine,
    loadAfter: os.loadavg(),
    node: process.version,
    astro: versionOf("astro"),
    memoryMethod,
    comparisons,
  });
  writeFileSync(resultsFile, withSection(previous, ANCHOR_SECTION, section));
  for (const c of comparisons) console.log(`\n${anchorTable(c)}`);
  console.log("\nWrote bench/RESULTS.md (the comparison section).");
} else {
  console.log(`Benchmark: builds with ${sizes.join(", ")} extra articles, then ${answerSets.toLocaleString("en-US")} quiz answer sets.`);
  const builds: BuildRun[] = [];
  for (const [i, extra] of sizes.entries()) builds.push(await build(extra, i + 1));
  const scorerRun = scorer();
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  const report = formatReport({
    date: new Date().toISOString().slice(0, 10),
    commit: commit(),
    machine: startMachine,
    node: process.version,
    astro: versionOf("astro"),
    memoryMethod,
    builds,
    scorer: scorerRun,
  });
  // The comparison with Starlight (npm run bench -- --anchor) is kept as it was.
  // The comparison with Starlight and the gates at scale (their own runs) are kept as they were.
  writeFileSync(resultsFile, keepSection(keepSection(keepSection(report, previous, ANCHOR_SECTION), previous, GATES_SECTION), previous, PROFILE_SECTION));
  console.log(`\n${buildTable(builds)}\n\nWrote bench/RESULTS.md.`);
}

// npm run bench: how the build scales with content, and how fast the quiz scorer is. Builds copies
// of content/ with 0, 500 and 2,000 generated articles (CONTENT_DIR, each into its own output
// folder), timing each build and its peak memory; then scores many random answer sets. Writes
// bench/RESULTS.md. Not part of npm test: it takes minutes.
//   npm run bench -- --sizes 0,100 --answers 20000   (a quicker, smaller run)
import { spawn, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { generateArticle } from "../src/lib/bench/articles";
import { randomAnswers } from "../src/lib/bench/answers";
import { seeded } from "../src/lib/bench/random";
import { buildTable, cpuSeconds, formatReport, pagesPerSecond, peakRssKb, profilesPerSecond, type BuildRun, type ScorerRun } from "../src/lib/bench/results";
import type { ClientData } from "../src/lib/quiz/client-data";
import { scoreAnswers } from "../src/lib/quiz/score";
import { builtPages } from "./lib/built-site";

const { values: args } = parseArgs({
  options: { sizes: { type: "string", default: "0,500,2000" }, answers: { type: "string", default: "100000" }, keep: { type: "boolean", default: false } },
});
const sizes = args.sizes.split(",").map(Number);
const answerSets = Number(args.answers);
if (!sizes.includes(0) || sizes.some((n) => !Number.isInteger(n) || n < 0) || !(answerSets > 0)) {
  console.error("--sizes takes whole numbers and must include 0 (the scorer reads the quiz page of that build); --answers a positive number.");
  process.exit(2);
}

const root = process.cwd();
const work = join(root, "bench", "work");
const astroBin = join(root, "node_modules", ".bin", "astro");
const gnuTime = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
const steps = sizes.length + 1;

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

async function build(extra: number, step: number): Promise<BuildRun> {
  const dir = join(work, `articles-${extra}`);
  const content = join(dir, "content");
  const outDir = join(dir, "dist");
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, "content"), content, { recursive: true });
  const rng = seeded(20_260_101);
  for (let n = 1; n <= extra; n++) {
    const article = generateArticle(rng, n);
    writeFileSync(join(content, "articles", article.file), article.text);
  }

  const label = `[${step}/${steps}] build with ${extra.toLocaleString("en-US")} extra articles`;
  const timeFile = join(dir, "time.txt");
  const [cmd, cmdArgs] = gnuTime
    ? [gnuTime, ["-v", "-o", timeFile, astroBin, "build", "--outDir", outDir]]
    : [astroBin, ["build", "--outDir", outDir]];
  const started = performance.now();
  const child = spawn(cmd, cmdArgs, {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, NO_COLOR: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  let rendered = 0;
  let phase = "starting";
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on("line", (raw) => {
      // Astro colours its log even when asked not to; drop the escape codes before reading it.
      const line = raw.replace(/\x1b\[[0-9;]*m/g, "");
      log.push(line);
      if (/[├└]─ \//.test(line)) {
        rendered++;
        phase = "rendering pages";
      } else if (line.includes("[content]")) phase = "loading content";
      else if (line.includes("Building static entrypoints")) phase = "bundling";
      else if (line.includes("generating static routes")) phase = "rendering pages";
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
  const timeOutput = gnuTime ? readFileSync(timeFile, "utf8") : "";
  const peakKb = gnuTime ? peakRssKb(timeOutput) : sampledKb;
  const run: BuildRun = {
    extraArticles: extra,
    pages: builtPages(outDir).length,
    seconds,
    cpuSeconds: cpuSeconds(timeOutput),
    peakMb: peakKb === null ? null : peakKb / 1024,
  };
  finish(`${label}: ${run.pages} pages in ${seconds.toFixed(1)} s (${pagesPerSecond(run).toFixed(1)} pages/s)`);
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

const loadAverage = os.loadavg();
mkdirSync(work, { recursive: true });
console.log(`Benchmark: builds with ${sizes.join(", ")} extra articles, then ${answerSets.toLocaleString("en-US")} quiz answer sets.`);
const builds: BuildRun[] = [];
for (const [i, extra] of sizes.entries()) builds.push(await build(extra, i + 1));
const scorerRun = scorer();
if (!args.keep) rmSync(work, { recursive: true, force: true });

const cpus = os.cpus();
const report = formatReport({
  date: new Date().toISOString().slice(0, 10),
  commit: `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? " (with uncommitted changes)" : ""}`,
  machine: {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGb: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    loadAverage,
  },
  node: process.version,
  astro: (JSON.parse(readFileSync(join(root, "node_modules", "astro", "package.json"), "utf8")) as { version: string }).version,
  memoryMethod: gnuTime ? "the maximum resident set size `/usr/bin/time -v` reports" : "the process's VmHWM from /proc, sampled every 250 ms",
  builds,
  scorer: scorerRun,
});
writeFileSync(join(root, "bench", "RESULTS.md"), report);
console.log(`\n${buildTable(builds)}\n\nWrote bench/RESULTS.md.`);

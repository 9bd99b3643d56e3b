// npm run bench:offline: what the offline service workers cost a visitor, for / and /es/. Chromium
// (the one the browser tests use, scripts/lib/chromium.ts) driven over the DevTools protocol, every
// visit in a fresh browser context, against `astro preview` of the built site (npm run build first;
// OUT_DIR as the build reads it), which sends everything gzip-compressed as a host would. Measures
// the first visit up to the load event with service workers allowed and blocked, what the worker
// downloads after that (its precache), what a Save-Data visitor downloads in all, and the time from
// navigation to the worker reaching "activated", unthrottled and on Lighthouse's slow 4G (applied to
// the page and to the worker, which downloads the precache). Medians of --runs. Writes bench/OFFLINE.md.
//   npm run bench:offline -- --runs 1        (a quick look)
import { execFileSync, spawn } from "node:child_process";
import { get } from "node:http";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import { markdownTable } from "./gates/format";
import { THEME_SCRIPT } from "../src/scripts/theme-script";
import { CHROMIUM_ARGS, findChromium } from "./lib/chromium";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "3" }, port: { type: "string", default: "4518" } } });
const runs = Number(args.runs);
const base = `http://127.0.0.1:${args.port}`;
const dist = resolve(process.env["OUT_DIR"] ?? "dist");
const summary = JSON.parse(readFileSync(join(dist, "precache-summary.json"), "utf8")) as { worker: string; entries: number; bytes: number }[];
/** Lighthouse's slow 4G (its simulated throttling's figures): 150 ms round trip, 1.6 Mbps down, 750 Kbps up. */
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
/** What Playwright's serviceWorkers: "block" does to a page (playwright-core, crPage): registering does nothing. */
const BLOCK = `if (self.ServiceWorkerContainer) ServiceWorkerContainer.prototype.register = async () => {};`;
/** Save-Data as the inline script reads it. */
const SAVE_DATA = `Object.defineProperty(navigator, "connection", { value: { saveData: true }, configurable: true });`;
/** Resolves, in the page, with the milliseconds from navigation to its worker's "activated". */
const ACTIVATED = `(async () => {
  const w = (await navigator.serviceWorker.ready).active;
  if (w.state !== "activated") await new Promise((r) => w.addEventListener("statechange", () => w.state === "activated" && r()));
  return performance.now();
})()`;

// --- a minimal DevTools protocol client: one WebSocket, flat sessions -------------------------
type Message = { id?: number; method?: string; params?: Record<string, any>; sessionId?: string; result?: any; error?: { message: string } };
let ws: WebSocket | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (r: any) => void; reject: (e: Error) => void }>();
let onEvent: (m: Message) => void = () => {};
function send(method: string, params: object = {}, sessionId?: string): Promise<any> {
  const id = ++nextId;
  ws!.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

interface Transfer {
  requests: number;
  bytes: number;
}
interface Visit {
  /** The page's requests up to its load event. */
  toLoad: Transfer;
  /** The page's requests after it (the favicon). */
  pageAfter: Transfer;
  /** The worker's requests: its precache, or what a Save-Data page hands it. */
  worker: Transfer;
  activatedMs: number | null;
}

/** One first visit to `path` in a fresh browser context (nothing cached, no worker). */
async function visit(path: string, o: { block?: boolean; saveData?: boolean; throttle?: boolean }): Promise<Visit> {
  const { browserContextId } = await send("Target.createBrowserContext");
  const v: Visit = { toLoad: { requests: 0, bytes: 0 }, pageAfter: { requests: 0, bytes: 0 }, worker: { requests: 0, bytes: 0 }, activatedMs: null };
  const kinds = new Map<string, string>(); // session -> target type, for this context's targets
  const ready = new Map<string, PromiseWithResolvers<string>>(); // target -> session, once set up
  const whenReady = (targetId: string) => ready.get(targetId) ?? ready.set(targetId, Promise.withResolvers<string>()).get(targetId)!;
  const urls = new Map<string, string>();
  let pageSession = "";
  let loaded = false;
  let lastEvent = Date.now();
  const load = Promise.withResolvers<void>();
  onEvent = (m) => {
    const p = m.params ?? {};
    if (m.method === "Target.attachedToTarget") {
      // Every target is held at its start until set up: this context's pages and worker are
      // watched and throttled before they send anything; anything else just goes on.
      const { sessionId, targetInfo } = p;
      const ours = targetInfo.browserContextId === browserContextId && ["page", "service_worker"].includes(targetInfo.type);
      void (async () => {
        if (ours) {
          kinds.set(sessionId, targetInfo.type);
          await send("Network.enable", {}, sessionId);
          if (o.throttle) await send("Network.emulateNetworkConditions", SLOW_4G, sessionId);
          if (targetInfo.type === "page") {
            await send("Page.enable", {}, sessionId);
            for (const source of [...(o.block ? [BLOCK] : []), ...(o.saveData ? [SAVE_DATA] : [])]) await send("Page.addScriptToEvaluateOnNewDocument", { source }, sessionId);
          }
          whenReady(targetInfo.targetId).resolve(sessionId);
        }
        await send("Runtime.runIfWaitingForDebugger", {}, sessionId);
      })().catch(() => {});
      return;
    }
    if (!m.sessionId || !kinds.has(m.sessionId)) return;
    lastEvent = Date.now();
    if (m.method === "Network.requestWillBeSent") urls.set(`${m.sessionId} ${p.requestId}`, p.request.url);
    if (m.method === "Page.loadEventFired" && m.sessionId === pageSession) {
      loaded = true;
      load.resolve();
    }
    // Transfer: what came over the wire for each request (headers and gzip-compressed body), this site's only.
    if (m.method === "Network.loadingFinished" && urls.get(`${m.sessionId} ${p.requestId}`)?.startsWith(`${base}/`)) {
      const t = kinds.get(m.sessionId) === "service_worker" ? v.worker : loaded ? v.pageAfter : v.toLoad;
      t.requests++;
      t.bytes += p.encodedDataLength;
    }
  };
  const { targetId } = await send("Target.createTarget", { url: "about:blank", browserContextId });
  pageSession = await whenReady(targetId).promise;
  await send("Page.navigate", { url: `${base}${path}` }, pageSession);
  await load.promise;
  if (!o.block) v.activatedMs = (await send("Runtime.evaluate", { expression: ACTIVATED, awaitPromise: true, returnByValue: true }, pageSession)).result.value;
  // Whatever follows (a Save-Data page handing itself to its worker) has ended after 2 s of quiet.
  while (Date.now() - lastEvent < 2000) await new Promise((r) => setTimeout(r, 250));
  await send("Target.disposeBrowserContext", { browserContextId });
  return v;
}

/** A file's transfer as the server sends it to a browser (gzip), for the worker scripts: Chromium
 * fetches a worker's script before the worker's target exists, so no session reports it. */
function served(path: string): Promise<number> {
  return new Promise((done, fail) =>
    get(`${base}${path}`, { headers: { "accept-encoding": "gzip, deflate, br" } }, (res) => {
      let bytes = res.rawHeaders.reduce((n, h) => n + h.length + 2, 0);
      res.on("data", (c: Buffer) => (bytes += c.length)).on("end", () => done(bytes));
    }).on("error", fail),
  );
}

// --- serve, launch, measure -------------------------------------------------------------------
const preview = spawn(join("node_modules", ".bin", "astro"), ["preview", "--ignore-lock", "--host", "127.0.0.1", "--port", args.port], { env: { ...process.env, OUT_DIR: dist }, stdio: ["ignore", "ignore", "inherit"] });
const chromePath = findChromium();
if (!chromePath) throw new Error("No Chromium found: set CHROMIUM_PATH (see scripts/lib/chromium.ts)");
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, "--headless=new"] });
const loadBefore = os.loadavg();
const KINDS = { blocked: { block: true }, worker: {}, "save-data": { saveData: true }, "worker, slow 4G": { throttle: true }, "save-data, slow 4G": { saveData: true, throttle: true } };
const PAGES = ["/", "/es/"];
const visits = new Map<string, Visit[]>();
const scripts = new Map<string, number>();
try {
  for (let i = 0; i < 120 && !(await fetch(`${base}/`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 500));
  const { webSocketDebuggerUrl } = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as { webSocketDebuggerUrl: string };
  const socket = (ws = new WebSocket(webSocketDebuggerUrl));
  await new Promise((r) => socket.addEventListener("open", r, { once: true }));
  socket.addEventListener("message", (e) => {
    const m = JSON.parse(String(e.data)) as Message;
    if (m.id === undefined) return onEvent(m);
    const p = pending.get(m.id)!;
    pending.delete(m.id);
    if (m.error) p.reject(new Error(m.error.message));
    else p.resolve(m.result);
  });
  await send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  for (const path of PAGES) for (const f of ["sw.js", "sw-save-data.js"]) scripts.set(`${path}${f}`, await served(`${path}${f}`));
  // Rounds interleaved, so the machine's load falls on every kind alike.
  for (let round = 1; round <= runs; round++)
    for (const path of PAGES)
      for (const [kind, o] of Object.entries(KINDS)) {
        const v = await visit(path, o);
        visits.set(`${path} ${kind}`, [...(visits.get(`${path} ${kind}`) ?? []), v]);
        console.log(`run ${round}/${runs} ${path} ${kind}: to load ${v.toLoad.requests} / ${v.toLoad.bytes} B, page after ${v.pageAfter.requests} / ${v.pageAfter.bytes} B, worker ${v.worker.requests} / ${v.worker.bytes} B, activated ${v.activatedMs?.toFixed(0) ?? "-"} ms`);
      }
} finally {
  ws?.close();
  await chrome.kill();
  preview.kill();
}

// --- the report -------------------------------------------------------------------------------
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const of = (path: string, kind: string, f: (v: Visit) => number) => median(visits.get(`${path} ${kind}`)!.map(f));
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (path: string, kind: string) => {
  const xs = visits.get(`${path} ${kind}`)!.map((v) => v.activatedMs!);
  return `${(median(xs) / 1000).toFixed(2)} s (${(Math.min(...xs) / 1000).toFixed(2)}–${(Math.max(...xs) / 1000).toFixed(2)})`;
};
const gz = gzipSync(THEME_SCRIPT, { level: 9 }).length;
const git = (...a: string[]) => execFileSync("git", a, { encoding: "utf8" }).trim();
const commit = `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? " (with uncommitted changes)" : ""}`;
const chromium = execFileSync(chromePath, ["--version"], { encoding: "utf8" }).trim();
const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(", ");
const first = PAGES.flatMap((p) =>
  (["worker", "blocked"] as const).map((k) => [`\`${p}\``, k === "worker" ? "allowed" : "blocked", String(of(p, k, (v) => v.toLoad.requests)), kb(of(p, k, (v) => v.toLoad.bytes))]),
);
const precache = PAGES.map((p) => {
  const s = summary.find((w) => w.worker === `${p}sw.js`)!;
  return [`\`${p}sw.js\``, String(of(p, "worker", (v) => v.worker.requests)), kb(of(p, "worker", (v) => v.worker.bytes)), String(s.entries), kb(s.bytes)];
});
const saveData = PAGES.map((p) => {
  const [page, after, handed, script] = [of(p, "save-data", (v) => v.toLoad.bytes), of(p, "save-data", (v) => v.pageAfter.bytes), of(p, "save-data", (v) => v.worker.bytes), scripts.get(`${p}sw-save-data.js`)!];
  const requests = of(p, "save-data", (v) => v.toLoad.requests + v.pageAfter.requests + v.worker.requests) + 1;
  return [`\`${p}\``, kb(page), kb(after), kb(script), `${of(p, "save-data", (v) => v.worker.requests)} / ${kb(handed)}`, `${requests} / ${kb(page + after + script + handed)}`];
});
const timing = PAGES.flatMap((p) => [
  [`\`${p}\``, `\`${p}sw.js\``, ms(p, "worker"), ms(p, "worker, slow 4G")],
  [`\`${p}\``, `\`${p}sw-save-data.js\``, ms(p, "save-data"), ms(p, "save-data, slow 4G")],
]);
const report = `# Offline: what the service workers cost a visitor

Written by \`npm run bench:offline\` (scripts/measure-offline.ts) on ${new Date().toISOString().slice(0, 10)} at commit \`${commit}\`
(${chromium}, Node ${process.version}). Not part of \`npm test\`. Reproduce:

    npm run build && npm run bench:offline

Method: the built site served by \`astro preview\`, which sends every file gzip-compressed; Chromium
(headless) driven over the DevTools protocol, every visit a first visit in a fresh browser context
(empty HTTP cache, no worker, no Cache Storage). "Transferred" is what came over the wire for each
request, headers included (\`Network.loadingFinished\` \`encodedDataLength\`), this site's requests
only. Service workers "blocked" is what Playwright's \`serviceWorkers: "block"\` does (registering
does nothing). Save-Data is reported through \`navigator.connection.saveData\`, as the inline script
reads it. Slow 4G is Lighthouse's (150 ms latency, 1.6 Mbps down, 750 Kbps up, through
\`Network.emulateNetworkConditions\` on the page and on its worker, which downloads the precache;
without the 3.75× latency and 0.9× throughput adjustments Lighthouse makes when it throttles
through DevTools). ${runs} runs of each, the kinds interleaved; medians (timings: median, then the
fastest and slowest run). The machine is shared (${os.cpus().length} cores): load average ${load(loadBefore)} when the runs
started and ${load(os.loadavg())} when they ended, which slows the timings (not the bytes).

## First visit, up to the load event

The worker is registered after the load event, once the browser is idle, so up to the load event a
visit downloads the same files whether service workers are allowed or not: what the worker costs
there is the registration code inside the inline script, which is part of the HTML in both rows.
The whole inline script (THEME_SCRIPT, src/scripts/theme-script.ts: theme, toggle and worker
registration) is ${THEME_SCRIPT.length} B, **${gz} B gzipped** (gzip -9; its limit is 1 KB).

${markdownTable(["page", "service workers", "requests", "transferred"], first, "llrr")}

## After the load event: the precache

What the worker downloads once registered, before it is activated: its language's pages, the shared
CSS and scripts, its search index, the favicon and manifest (src/lib/precache.ts). The build's own
count (dist/precache-summary.json) is of uncompressed files; the worker's script itself is not in
these rows (${PAGES.map((p) => `\`${p}sw.js\` ${kb(scripts.get(`${p}sw.js`)!)}`).join(", ")} transferred). Workbox fetches the entries one
at a time (workbox-precaching's PrecacheController.install, GoogleChrome/workbox#2528), each with
\`cache: "reload"\` since every entry carries a revision, so the page's own HTML and stylesheets,
already downloaded, come over the network again.

${markdownTable(["worker", "requests", "transferred", "precache-summary.json entries", "uncompressed"], precache, "lrrrr")}

## A Save-Data visitor's first visit, in all

The lighter worker precaches nothing. The page, loaded before the worker existed, hands it its own
address and files once it is active, so they are kept for offline use; the browser already has
them, so the worker's requests only revalidate them (\`astro preview\` sends \`Cache-Control: no-cache\`).

${markdownTable(["page", "page to load", "page after load", "worker script", "worker: requests / transferred", "total: requests / transferred"], saveData, "lrrrrr")}

## From navigation to the worker's "activated"

The page's \`performance.now()\` when its worker's state becomes "activated": the load event, the
idle callback, the worker script, and for the full worker its whole precache. On slow 4G that
precache costs a round trip per entry, one after another, more than its bytes take to arrive.

${markdownTable(["page", "worker", "unthrottled", "slow 4G"], timing, "llrr")}
`;
writeFileSync(join("bench", "OFFLINE.md"), report);
console.log(`\n${report}`);

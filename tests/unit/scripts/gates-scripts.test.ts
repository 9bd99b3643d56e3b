// The gate scripts end to end on a tiny built site: a clean one passes all three, and a broken one
// fails each with the page and the problem named. Covers the wiring the pure tests cannot: the
// rules html-validate loads, the link checker's options, and which files count as pages.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), "gates-"));
const good = join(work, "good");
const bad = join(work, "bad");
const SITE = "https://site.example";

const page = (title: string, main: string, extraHead = "") => `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <script data-theme-script>document.documentElement.dataset.theme = "light";</script>
    <title>${title}</title>
    <link rel="canonical" href="${SITE}/">
    <meta property="og:image" content="${SITE}/og/default.png">
    <link rel="stylesheet" href="/s.css">${extraHead}
  </head>
  <body>
    <main id="main">
      <h1>${title}</h1>
      ${main}
    </main>
  </body>
</html>
`;

function write(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

function gate(script: string, dir: string) {
  const run = spawnSync(join(root, "node_modules/.bin/node"), ["--import", "./scripts/register-ts.mjs", `scripts/${script}.ts`, dir], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: run.status, out: `${run.stdout}\n${run.stderr}` };
}

beforeAll(() => {
  write(good, {
    "index.html": page("Home", `<p><a href="/about/">About</a> and <a href="/about/#team">the team</a>, <a href="https://elsewhere.example/">elsewhere</a>.</p>`),
    "about/index.html": page("About", `<h2 id="team">The team</h2><p><a href="/">Home</a></p>`),
    "s.css": "body { margin: 0 }",
    "og/default.png": "png",
    // Pagefind's files are not pages: never validated, never counted.
    "pagefind/pagefind-ui.html": "<div><p>unclosed",
    "pagefind/pagefind.js": "export const x = 1;",
    // What scripts/service-worker.ts reports of its precache, which the size gate budgets.
    "precache-summary.json": JSON.stringify([{ lang: "en", worker: "/sw.js", entries: 12, bytes: 40_000 }]),
  });
  cpSync(good, bad, { recursive: true });
  const about = readFileSync(join(bad, "about/index.html"), "utf8");
  write(bad, {
    "about/index.html": about.replace(
      "<p><a href=\"/\">Home</a></p>",
      `<p><a href="/">Home</a> <a href="/about">no slash</a> <a href="/#nobody">a missing id</a> <a href="/gone/">gone</a></p>
      <div><p>implicitly closed</div>
      <script>console.log("a page script")</script>`,
    ),
  });
  rmSync(join(bad, "og/default.png"));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("on a clean site", () => {
  it("every gate passes", () => {
    for (const script of ["validate-html", "check-links", "size"]) {
      const { code, out } = gate(script, good);
      expect(code, `${script}:\n${out}`).toBe(0);
    }
  });
});

describe("on a broken site", () => {
  it("validate:html names the page, the line and the rule", () => {
    const { code, out } = gate("validate-html", bad);
    expect(code).toBe(1);
    expect(out).toMatch(/\/about\/ line \d+:\d+: error: .*\[no-implicit-close\]/);
    expect(out).not.toContain("pagefind");
  });

  it("check:links names the page and each link that leads nowhere", () => {
    const { code, out } = gate("check-links", bad);
    expect(code).toBe(1);
    expect(out).toContain("/about/: broken link to /gone/ (404");
    expect(out).toContain('/about/: broken link to /#nobody (no element with id "nobody" on /)');
    expect(out).toContain("/about/: broken link to /about (301 redirect");
    // The share-card image is an absolute URL on the site's own address, on both pages.
    expect(out).toContain("/: broken link to /og/default.png (404");
    expect(out).toContain("/about/: broken link to /og/default.png (404");
    expect(out).not.toContain("elsewhere.example");
  });

  it("size names the page, the script and the limit", () => {
    const { code, out } = gate("size", bad);
    expect(code).toBe(1);
    expect(out).toMatch(/\/about\/ \(other\): ships \d+ B of JavaScript gzipped besides the theme script \(inline script 2\).*limit here is 0 B/);
    expect(out).not.toMatch(/^\s*\/ \(home\)/m);
  });
});

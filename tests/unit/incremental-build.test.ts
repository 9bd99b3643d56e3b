// Astro's incremental build copies a page from the last build unless its code, its cache key (the
// content data, src/data/site.ts siteContentKey, with the words of the articles it shows) or the
// body it renders changed. These real builds
// of a copy of content/ check the two ways that can go wrong: a page served stale after an edit,
// and a cache that never hits.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), "incremental-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const { NODE_ENV: _node, DEV: _dev, VITEST: _vitest, ...productionEnv } = process.env;
const BUILD_TIMEOUT = 120_000;

// Its own copy of the project (node_modules linked), as in content-errors.test.ts: builds that share
// a root share Astro's .astro/ folder.
const project = join(work, "project");
mkdirSync(project);
const skip = new Set([".astro", ".cache", ".git", "dist", "content", "tests", "test-results", "bench", "node_modules"]);
for (const entry of readdirSync(root)) if (!skip.has(entry)) cpSync(join(root, entry), join(project, entry), { recursive: true });
symlinkSync(join(root, "node_modules"), join(project, "node_modules"));
const content = join(work, "content");
cpSync(join(root, "content"), content, { recursive: true });

interface Build {
  /** Output paths rendered in this build (not copied from the last one). */
  rendered: string[];
  /** Output paths copied from the last build. */
  cached: number;
}

function build(outDir: string, force = false): Promise<Build> {
  return new Promise((resolve, reject) => {
    execFile(
      join(root, "node_modules/.bin/astro"),
      ["build", "--outDir", join(work, outDir), ...(force ? ["--force"] : [])],
      {
        cwd: project,
        env: { ...productionEnv, CONTENT_DIR: content, OG_CACHE_DIR: join(root, ".cache/og-cards"), NO_COLOR: "1", FORCE_COLOR: "0" },
        encoding: "utf8",
        timeout: BUILD_TIMEOUT,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`${stdout}\n${stderr}`));
        // Astro logs one line per output path: "├─ /path (+12ms)", or "├─ /path (cached)".
        const lines = stdout.split("\n").flatMap((l) => l.split(/(?=\d\d:\d\d:\d\d\s+[├└]─)/)).filter((l) => /[├└]─ \//.test(l));
        const cachedLines = lines.filter((l) => /\((cached|restored)\)/.test(l));
        resolve({
          rendered: lines.filter((l) => !cachedLines.includes(l)).map((l) => /[├└]─ (\S+)/.exec(l)![1]!),
          cached: cachedLines.length,
        });
      },
    );
  });
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

const edit = (file: string, from: RegExp, to: string) => {
  const path = join(content, file);
  const text = readFileSync(path, "utf8");
  expect(from.test(text), `${file} has ${from}`).toBe(true);
  writeFileSync(path, text.replace(from, to));
};

const BODY_SENTENCE = "This sentence was added between two builds.";
const CUERPO = "Esta frase se añadió entre dos compilaciones.";
const NEW_TITLE = "Roles en IA: un título cambiado entre dos compilaciones";
const NEW_DESCRIPTION = "A description changed between two builds, which only the pages that show it render again.";
let first: Build, second: Build, third: Build;
let incremental: Map<string, Buffer>, forced: Map<string, Buffer>, before: Map<string, Buffer>;
let afterWords: Map<string, Buffer>, forcedWords: Map<string, Buffer>;

beforeAll(async () => {
  first = await build("dist");
  before = files(join(work, "dist"));
  // Two bodies edited, one per language: only their two pages should render again.
  edit("articles/large-language-models-explained.mdx", /^(A large language model, or LLM,.*)$/m, `$1 ${BODY_SENTENCE}`);
  edit("i18n/es/articles/draggan-point-based-image-editing.mdx", /^(DragGAN es un método.*)$/m, `$1 ${CUERPO}`);
  second = await build("dist");
  incremental = files(join(work, "dist"));
  await build("dist-forced", true);
  forced = files(join(work, "dist-forced"));
  // A title and a description are words other pages show (lists, the pager, the feed, the share
  // card): the pages that show them must follow, and only they.
  edit("i18n/es/articles/roles-in-ai-and-ml.mdx", /^title: .*$/m, `title: "${NEW_TITLE}"`);
  edit("articles/computational-thinking-and-mathematical-modeling.mdx", /^description: .*$/m, `description: "${NEW_DESCRIPTION}"`);
  third = await build("dist");
  afterWords = files(join(work, "dist"));
  await build("dist-forced-words", true);
  forcedWords = files(join(work, "dist-forced-words"));
}, BUILD_TIMEOUT * 6);

describe("incremental build", () => {
  it("copies every page from the last build when nothing changed but two article bodies, and renders those two again", () => {
    expect(first.rendered.length).toBeGreaterThan(100);
    const pages = second.rendered.filter((p) => p.endsWith(".html"));
    expect(pages.sort()).toEqual(["/articles/large-language-models-explained/index.html", "/es/articles/draggan-point-based-image-editing/index.html"]);
    expect(second.cached).toBeGreaterThan(first.rendered.length - 10);
  });

  it("gives the same site, byte for byte, as a build that renders every page", () => {
    expect([...incremental.keys()].sort()).toEqual([...forced.keys()].sort());
    const differing = [...forced].filter(([path, bytes]) => !incremental.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(incremental.get("articles/large-language-models-explained/index.html")!.toString()).toContain(BODY_SENTENCE);
    expect(incremental.get("es/articles/draggan-point-based-image-editing/index.html")!.toString()).toContain(CUERPO);
  });

  it("renders again exactly the pages that show a changed title or description, and the result is a full build's, byte for byte", () => {
    const pages = third.rendered.filter((p) => p.endsWith(".html"));
    // Far from the whole site...
    expect(third.cached).toBeGreaterThan(first.rendered.length / 2);
    // ...but every page that shows the new words: the articles themselves, their lists, the feed, the share cards.
    for (const page of ["/es/articles/roles-in-ai-and-ml/index.html", "/es/articles/index.html", "/es/articles/tags/roles/index.html", "/articles/computational-thinking-and-mathematical-modeling/index.html", "/articles/index.html"])
      expect(pages, page).toContain(page);
    expect(third.rendered).toContain("/es/og/articles/roles-in-ai-and-ml.png");
    expect(third.rendered).toContain("/rss.xml");
    expect(pages).not.toContain("/skills/index.html");
    expect(pages).not.toContain("/compare/index.html");
    expect([...afterWords.keys()].sort()).toEqual([...forcedWords.keys()].sort());
    const differing = [...forcedWords].filter(([path, bytes]) => !afterWords.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
    for (const page of ["es/articles/roles-in-ai-and-ml/index.html", "es/articles/index.html", "es/articles/tags/roles/index.html"]) expect(afterWords.get(page)!.toString(), page).toContain(NEW_TITLE);
    expect(afterWords.get("articles/index.html")!.toString()).toContain(NEW_DESCRIPTION);
    const card = "es/og/articles/roles-in-ai-and-ml.png";
    expect(afterWords.get(card)!.equals(before.get(card)!), `${card} drawn again`).toBe(false);
    expect(afterWords.get("og/articles/roles-in-ai-and-ml.png")!.equals(before.get("og/articles/roles-in-ai-and-ml.png")!)).toBe(true);
  });
});

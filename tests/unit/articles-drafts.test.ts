// Builds the site from a copy of content/ with a draft article added (CONTENT_DIR) and checks
// that the draft reaches no page, no list, no tag page and not the feed. Slow (a full build), so
// it runs once for all assertions.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = process.cwd();
const FIXTURE = join(root, "tests", "fixtures", "articles", "unfinished-draft-fixture.mdx");
const DRAFT_ID = "unfinished-draft-fixture";
const DRAFT_TAG = "draft-fixture-only";

/**
 * The environment without what vitest adds (NODE_ENV=test, DEV=1, MODE, ...): Astro would read
 * those as a dev build, which shows drafts; `astro build` on its own runs as production.
 */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(VITEST.*|TEST|NODE_ENV|DEV|PROD|MODE|SSR|BASE_URL)$/.test(key)) delete env[key];
  return env;
}

let work = "";
let out = "";

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "dcg-drafts-"));
  const content = join(work, "content");
  out = join(work, "dist");
  cpSync(join(root, "content"), content, { recursive: true });
  cpSync(FIXTURE, join(content, "articles", `${DRAFT_ID}.mdx`));
  // astro.config.mjs gives a CONTENT_DIR build a content cache of its own, beside the copy.
  const build = spawnSync(join(root, "node_modules/.bin/astro"), ["build", "--outDir", out], {
    cwd: root,
    env: { ...buildEnv(), CONTENT_DIR: content, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: 150_000,
  });
  if (build.status !== 0) throw new Error(`build from the draft fixture failed:\n${build.stdout}\n${build.stderr}`);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(out, path), "utf8");
const publishedIds = () =>
  readdirSync(join(root, "content", "articles"))
    .filter((f) => f.endsWith(".mdx") && !/^draft:\s*true\s*$/m.test(readFileSync(join(root, "content", "articles", f), "utf8")))
    .map((f) => f.replace(/\.mdx$/, ""));

describe("a draft article", () => {
  it("gets no page of its own and no tag page", () => {
    expect(existsSync(join(out, "articles", publishedIds()[0]!, "index.html"))).toBe(true);
    expect(existsSync(join(out, "articles", DRAFT_ID))).toBe(false);
    expect(existsSync(join(out, "articles", "tags", DRAFT_TAG))).toBe(false);
  });

  it("is missing from the article list, the tag pages and the neighbours' links", () => {
    const pages = [join("articles", "index.html"), ...publishedIds().map((id) => join("articles", id, "index.html"))];
    for (const page of pages) expect(read(page), page).not.toContain(`/articles/${DRAFT_ID}/`);
    expect(read(join("articles", "tags", "careers", "index.html"))).not.toContain(DRAFT_ID);
  });

  it("is missing from the feed, which lists every published article", () => {
    const feed = new XMLParser().parse(read("rss.xml")) as { rss: { channel: { item: { link: string }[] } } };
    const links = feed.rss.channel.item.map((i) => new URL(i.link).pathname);
    expect(links).not.toContain(`/articles/${DRAFT_ID}/`);
    expect(links.sort()).toEqual(publishedIds().map((id) => `/articles/${id}/`).sort());
  });

  it("is missing from the sitemap", () => {
    const sitemaps = readdirSync(out).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps) expect(read(f)).not.toContain(DRAFT_ID);
  });
});

// npm run check:links: every link on every built page, and every #fragment, must lead somewhere
// on the built site. Linkinator serves the output folder and crawls it from every page; links to
// the site's own address (canonical, share-card and structured-data URLs) are checked against the
// build too. Other sites are not visited: the test run must not depend on the network.
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { relative } from "node:path";
import { LinkChecker } from "linkinator";
import { brokenLinks, formatBrokenLinks } from "./gates/report";
import { builtPages, outDir } from "./lib/built-site";

const dir = outDir();
const pages = builtPages(dir);

/** The site's own origin, as the build wrote it into the home page's canonical link. */
function siteOrigin(): string | null {
  const home = readFileSync(`${dir}/index.html`, "utf8");
  const href = /<link\b[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(home)?.[1];
  return href ? new URL(href).origin : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

const port = await freePort();
const local = `http://127.0.0.1:${port}`;
const site = siteOrigin();
const ours = site ? [local, site] : [local];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const checker = new LinkChecker();
const result = await checker.check({
  path: pages.map((p) => relative(dir, p.file)),
  serverRoot: dir,
  port,
  recurse: true,
  checkFragments: true,
  // trailingSlash is "always": a link without its slash costs visitors a redirect, so it counts as broken.
  redirects: "error",
  concurrency: 16,
  // Generous: a file that is there is never broken. On a loaded machine, with thousands of pages and
  // share cards, 10 s let some requests for cards that exist time out (npm run bench -- --gates,
  // 2026-12-06); a missing file still answers 404 at once.
  timeout: 60_000,
  urlRewriteExpressions: site ? [{ pattern: new RegExp(`^${escape(site)}(?=/|$)`), replacement: local }] : [],
  linksToSkip: async (url: string) => !ours.some((o) => url === o || url.startsWith(`${o}/`)),
});

const broken = brokenLinks(result.links, ours);
// Linkinator reports a broken absolute link to the site's own address (a share-card image, say)
// on the first page it meets only; name every page that carries it.
if (site) {
  const known = new Set(broken.map((b) => `${b.page} ${b.target}`));
  const targets = [...new Set(broken.filter((b) => b.target.startsWith("/")).map((b) => b.target))];
  for (const page of pages) {
    const html = readFileSync(page.file, "utf8");
    for (const target of targets) {
      const first = broken.find((b) => b.target === target)!;
      if (!known.has(`${page.route} ${target}`) && html.includes(`"${site}${target}"`)) broken.push({ ...first, page: page.route });
    }
  }
  broken.sort((a, b) => a.page.localeCompare(b.page) || a.target.localeCompare(b.target));
}
const checked = new Set(result.links.filter((l) => l.state !== "SKIPPED").map((l) => l.url)).size;
if (broken.length > 0) {
  console.error(formatBrokenLinks(broken).join("\n"));
  const onPages = new Set(broken.map((b) => b.page)).size;
  console.error(`\n${broken.length} broken link${broken.length === 1 ? "" : "s"} on ${onPages} page${onPages === 1 ? "" : "s"} (${checked} URLs checked).`);
  process.exit(1);
}
console.log(`Links: ${checked} URLs and fragments on ${pages.length} pages all resolve.`);

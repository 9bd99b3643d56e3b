// After the build: makes sure each page is finished (src/middleware.ts finishes pages as they render;
// finishPage: inline <style> blocks trimmed with their hashes, the <meta> Content-Security-Policy at
// the top of <head>), and writes dist/_headers: public/_headers (the other security headers) plus
// the same policy with frame-ancestors, read from the built pages themselves so header and meta
// policy cannot drift.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { finishPage, headersFile, isFinished, metaPolicy, pagePath } from "../lib/security";

export default function securityHeaders(): AstroIntegration {
  let publicDir = "public";
  return {
    name: "security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith(".html"));
        const pages: { path: string; policy: string }[] = [];
        let finished = 0;
        // Read a few at a time: most of the work is waiting on the disk.
        for (let i = 0; i < files.length; i += 32) {
          const batch = await Promise.all(
            files.slice(i, i + 32).map(async (file) => {
              const full = join(root, file);
              const html = await readFile(full, "utf8");
              // Redirect stubs carry no policy of their own; the header's covers them.
              if (metaPolicy(html) === null) return null;
              // A page the middleware did not see (none should be) is finished here.
              const done = isFinished(html) ? html : finishPage(html);
              if (done !== html) {
                finished++;
                await writeFile(full, done);
              }
              return { path: pagePath(relative(root, full)), policy: metaPolicy(done)! };
            }),
          );
          for (const page of batch) if (page) pages.push(page);
        }
        if (finished) logger.warn(`${finished} page${finished === 1 ? "" : "s"} finished after the build: src/middleware.ts did not see ${finished === 1 ? "it" : "them"} (pages kept by an incremental build from before the middleware existed: \`astro build --force\` renders them anew)`);
        const base = await readFile(join(publicDir, "_headers"), "utf8");
        await writeFile(join(root, "_headers"), headersFile(base, pages));
        const distinct = new Set(pages.map((p) => p.policy)).size;
        logger.info(`_headers written: ${pages.length} pages, ${distinct} distinct ${distinct === 1 ? "policy" : "policies"}`);
      },
    },
  };
}

// After the build: trims each page's inline <style> blocks (and their hashes, see trimInlineStyles),
// moves each page's <meta> Content-Security-Policy to the top of <head>, and writes
// dist/_headers: public/_headers (the other security headers) plus the same policy with
// frame-ancestors, read from the built pages themselves so header and meta policy cannot drift.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { headersFile, hoistCspMeta, metaPolicy, pagePath, trimInlineStyles } from "../lib/security";

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
        for (const file of files) {
          const full = join(root, file);
          const original = await readFile(full, "utf8");
          const html = trimInlineStyles(original);
          const policy = metaPolicy(html);
          // Redirect stubs carry no policy of their own; the header's covers them.
          if (policy === null) continue;
          const hoisted = hoistCspMeta(html);
          if (hoisted !== original) await writeFile(full, hoisted);
          pages.push({ path: pagePath(relative(root, full)), policy });
        }
        const base = await readFile(join(publicDir, "_headers"), "utf8");
        await writeFile(join(root, "_headers"), headersFile(base, pages));
        const distinct = new Set(pages.map((p) => p.policy)).size;
        logger.info(`_headers written: ${pages.length} pages, ${distinct} distinct ${distinct === 1 ? "policy" : "policies"}`);
      },
    },
  };
}

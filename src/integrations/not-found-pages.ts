// Static hosts serve <dir>/404.html for a missing URL under <dir>/, but a page route in a
// language folder ([...lang]/404.astro) is written as <lang>/404/index.html like any other page.
// After the build, each language's not-found page moves to where hosts look for it.
import { mkdir, readdir, rename, rmdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

export default function notFoundPages(): AstroIntegration {
  return {
    name: "not-found-pages",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const found = (await readdir(root, { recursive: true })).filter((f) => /(^|\/)404\/index\.html$/.test(f));
        for (const file of found) {
          const folder = join(root, file, "..");
          await mkdir(join(folder, ".."), { recursive: true });
          await rename(join(root, file), join(folder, "..", "404.html"));
          await rmdir(folder).catch(() => undefined); // left in place if anything else is inside
        }
        logger.info(`${found.length} not-found page${found.length === 1 ? "" : "s"} moved to 404.html`);
      },
    },
  };
}

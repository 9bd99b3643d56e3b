// The site's languages as Node sees them outside Vite (astro.config.mjs, scripts): one folder per
// dictionary under src/i18n/dictionaries, English first. src/i18n/index.ts finds the same folders.
import { readdirSync } from "node:fs";
import { join } from "node:path";

export function languageFolders(root = process.cwd()): string[] {
  return readdirSync(join(root, "src/i18n/dictionaries"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
}

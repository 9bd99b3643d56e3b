// dist/_headers as a host reads it, so browser tests can serve the built site with those headers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { DIST } from "./sitemap";

export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** The rules of a _headers file: an unindented path, then indented "Name: value" lines. */
export function headerRules(dist = DIST): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(join(dist, "_headers"), "utf8").split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else {
      const at = line.indexOf(":");
      rules.at(-1)!.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** The headers a path gets: every rule whose pattern matches it ("*" matches anything). */
export function headersFor(path: string, rules = headerRules()): Record<string, string> {
  const matches = (pattern: string) => new RegExp(`^${pattern.split("*").map((s) => s.replace(/[.?+^$()[\]{}|\\]/g, "\\$&")).join(".*")}$`).test(path);
  return Object.assign({}, ...rules.filter((r) => matches(r.path)).map((r) => r.headers)) as Record<string, string>;
}

/** Serves every same-origin response to `page` with the _headers it would get from a host. */
export async function serveWithHeaders(page: Page): Promise<void> {
  const rules = headerRules();
  await page.route(
    (url) => url.hostname === "127.0.0.1",
    async (route) => {
      const response = await route.fetch();
      const path = new URL(route.request().url()).pathname;
      await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(path, rules) } });
    },
  );
}

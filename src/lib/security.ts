// The site's security policy, in one place: astro.config.mjs feeds it to Astro's CSP support (which
// writes a <meta> policy with the hashes of the scripts and styles it emits), and the build writes
// the same policy into dist/_headers for hosts that read that file. Pure: no Astro imports.
import { createHash } from "node:crypto";

/** Directives besides script-src and style-src, which Astro writes with its hashes. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'self'",
  "img-src 'self'",
  "font-src 'self'",
  // Search fetches its index from this origin.
  "connect-src 'self'",
  // The offline service workers and the web app manifest, from this origin only.
  "worker-src 'self'",
  "manifest-src 'self'",
] as const;

/**
 * script-src sources: this origin only, no 'unsafe-inline'. Search runs Pagefind's WebAssembly,
 * which needs 'wasm-unsafe-eval' (it permits compiling WebAssembly, not eval of JavaScript).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Style sources: stylesheets and <style> elements from this origin or hashed by Astro, and no
 * style attributes at all (style-src-attr 'none'): components take role colours from classes
 * and scripts set styles through the CSSOM, which the policy does not govern.
 */
export const STYLE_SOURCES = [
  { resource: "'self'", kind: "element" },
  { resource: "'none'", kind: "attribute" },
] as const;

/** Only an HTTP header can forbid framing (browsers ignore frame-ancestors in a <meta> policy). */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";


/** A CSP source for an exact inline script or style, as Astro writes them. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

/** A policy as directive name -> sources, in order; names lower-cased, blanks dropped. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Writes a policy back in one canonical spacing: "a x y; b z". */
export function formatCsp(directives: Map<string, string[]>): string {
  return [...directives].map(([name, sources]) => [name, ...sources].join(" ")).join("; ");
}

/** The header form of a page's <meta> policy: the same directives plus frame-ancestors. */
export function headerPolicy(metaPolicy: string): string {
  const directives = parseCsp(metaPolicy);
  const [name, ...sources] = FRAME_ANCESTORS.split(" ");
  directives.set(name!, sources);
  return formatCsp(directives);
}

/** Sources that name another origin: anything but keywords ('self', hashes, ...) and "data:". */
export function foreignSources(policy: string): string[] {
  return [...parseCsp(policy).values()].flat().filter((s) => !/^'[^']+'$/.test(s) && s !== "data:");
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

/** The policy of a built page's <meta> element, or null when it has none. */
export function metaPolicy(html: string): string | null {
  return CSP_META.exec(html)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&") ?? null;
}

/**
 * Moves the <meta> policy up to just after <meta charset>. Astro writes it at the end of <head>,
 * and a <meta> policy governs only what follows it, so the inline theme script above it would run
 * unchecked wherever the page is served without the header.
 */
export function hoistCspMeta(html: string): string {
  const meta = CSP_META.exec(html)?.[0];
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!meta || !charset) return html;
  const between = html.slice(charset.index + charset[0].length, html.indexOf(meta));
  if (between.trim() === "") return html;
  const without = html.replace(meta, "");
  const at = without.indexOf(charset[0]) + charset[0].length;
  return `${without.slice(0, at)}\n    ${meta}${without.slice(at)}`;
}

/**
 * Trims the whitespace around each inline <style> block's text and swaps its hash in the page's
 * policy for the trimmed text's. Browsers hash a block exactly as written, the W3C Nu checker hashes
 * it trimmed; Astro ends each block with a line break, so only a trimmed block passes in both.
 */
export function trimInlineStyles(html: string): string {
  let out = html;
  for (const [block, text] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    const trimmed = text!.trim();
    if (trimmed === text) continue;
    out = out.replace(block, `<style>${trimmed}</style>`).replace(`'${cspHash(text!)}'`, `'${cspHash(trimmed)}'`).replace(`&#39;${cspHash(text!)}&#39;`, `&#39;${cspHash(trimmed)}&#39;`);
  }
  return out;
}

/**
 * A rendered page as it is served: its inline styles trimmed (with their hashes) and its policy
 * hoisted. src/middleware.ts applies it as each page renders, so the incremental build keeps the
 * finished page and a rebuild need not finish it again.
 */
export function finishPage(html: string): string {
  return hoistCspMeta(trimInlineStyles(html));
}

/** Whether finishPage would leave `html` as it is, without redoing its work: the after-build check. */
export function isFinished(html: string): boolean {
  return !/<style>\s|\s<\/style>/.test(html) && hoistCspMeta(html) === html;
}

/** A page's URL from its file under dist/, for the directory build format. */
export function pagePath(file: string): string {
  const path = `/${file.replace(/\\/g, "/").replace(/^\/+/, "")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

/**
 * dist/_headers: the site's base file (public/_headers, whose last rule is "/*") with the pages'
 * policy added: to the "/*" rule when every page shares one, else as one rule per page.
 */
export function headersFile(base: string, pages: readonly { path: string; policy: string }[]): string {
  const rules = base.trim().split(/\n\s*\n/).filter((r) => !r.split("\n").every((l) => l.trim().startsWith("#")));
  const last = rules.at(-1)?.split("\n").filter((l) => !l.trim().startsWith("#"));
  if (last?.[0]?.trim() !== "/*") throw new Error('public/_headers: its last rule must be "/*" (the headers every page gets)');
  const policies = new Set(pages.map((p) => p.policy));
  const csp = (policy: string) => `  Content-Security-Policy: ${headerPolicy(policy)}`;
  if (policies.size === 1) return `${base.trimEnd()}\n${csp([...policies][0]!)}\n`;
  const perPage = [...pages].sort((a, b) => a.path.localeCompare(b.path)).map((p) => `${p.path}\n${csp(p.policy)}`);
  return `${[base.trimEnd(), ...perPage].join("\n\n")}\n`;
}

/** A _headers file's headers for one path rule, e.g. "/*": name -> value. */
export function headersFor(text: string, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  let inRule = false;
  for (const line of text.split("\n")) {
    if (line.trim().startsWith("#") || line.trim() === "") continue;
    if (!/^\s/.test(line)) inRule = line.trim() === path;
    else if (inRule) {
      const i = line.indexOf(":");
      out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return out;
}

/** Astro's security.csp setting: the directives above, and hashes for the given inline scripts. */
export function cspConfig(inlineScripts: readonly string[]) {
  return {
    directives: [...CSP_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: inlineScripts.map(cspHash) },
    styleDirective: { resources: STYLE_SOURCES.map((s) => ({ ...s })) },
  };
}

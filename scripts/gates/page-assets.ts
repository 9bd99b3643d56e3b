// What a built page loads: its scripts (inline, external, module preloads) and stylesheets. Read
// with regular expressions, which is enough for HTML this site writes itself; comments are dropped
// first so a commented-out tag does not count.

/** The attribute the site-wide theme script carries (src/components/layout/ThemeScript.astro). */
export const THEME_SCRIPT_ATTR = "data-theme-script";
/**
 * A JSON data block that stands in for code and weighs in the page's JavaScript, not its HTML: the
 * job-ad decoder's lexicon (src/components/decoder/DecoderApp.astro), whose budget is "the page's
 * JavaScript, lexicon included".
 */
export const COUNTS_AS_SCRIPT_ATTR = "data-counts-as-script";

export interface InlineScript {
  /** 1-based position among the page's scripts, to name it in messages. */
  index: number;
  text: string;
  theme: boolean;
}

export interface PageAssets {
  inlineScripts: InlineScript[];
  /** JSON data blocks marked COUNTS_AS_SCRIPT_ATTR, in page order. */
  scriptData: string[];
  /** <script src> (in page order), then <link rel="modulepreload"> and <link rel="preload" as="script">; each once. */
  scriptUrls: string[];
  /** <link rel="stylesheet"> hrefs, in page order, each once. */
  stylesheetUrls: string[];
}

/** Attribute names (lower-cased) to values; a bare attribute has the value "". */
export function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(/([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? "");
  }
  return attrs;
}

const JS_TYPES = new Set(["", "module", "text/javascript", "application/javascript", "application/ecmascript", "text/ecmascript"]);

/**
 * True when a <script> with this type attribute runs as JavaScript. Anything else (application/json,
 * application/ld+json) is a data block: it weighs in the HTML, not in the page's JavaScript.
 */
export function isExecutableScript(type: string | undefined): boolean {
  return type === undefined || JS_TYPES.has(type.trim().toLowerCase());
}

export function readPageAssets(html: string): PageAssets {
  const source = html.replace(/<!--[\s\S]*?-->/g, "");
  const inlineScripts: InlineScript[] = [];
  const scriptData: string[] = [];
  const scriptUrls: string[] = [];
  const stylesheetUrls: string[] = [];
  const add = (list: string[], url: string | undefined) => {
    if (url && !list.includes(url)) list.push(url);
  };
  let index = 0;
  for (const m of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = parseAttributes(m[1]!);
    if (!isExecutableScript(attrs.get("type"))) {
      if (attrs.has(COUNTS_AS_SCRIPT_ATTR)) scriptData.push(m[2]!);
      continue;
    }
    index++;
    if (attrs.has("src")) add(scriptUrls, attrs.get("src"));
    else inlineScripts.push({ index, text: m[2]!, theme: attrs.has(THEME_SCRIPT_ATTR) });
  }
  for (const m of source.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = parseAttributes(m[1]!);
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const href = attrs.get("href");
    if (rel.includes("stylesheet")) add(stylesheetUrls, href);
    else if (rel.includes("modulepreload") || (rel.includes("preload") && attrs.get("as") === "script")) add(scriptUrls, href);
  }
  return { inlineScripts, scriptData, scriptUrls, stylesheetUrls };
}

/**
 * The modules a JavaScript module imports statically (import … from "x", import "x", export … from "x"),
 * which the browser fetches before running it. Dynamic import("x") is left out: it loads on demand.
 * Only paths count ("./", "../", "/"): a browser cannot load anything else, so anything else is a
 * false match (the word "import" inside a string).
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"'\n]+)["']/g)) {
    const spec = m[1]!;
    if (/^\.{0,2}\//.test(spec) && !found.includes(spec)) found.push(spec);
  }
  return found;
}

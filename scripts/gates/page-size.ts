// The bytes one built page costs a visitor: its HTML, the stylesheets it links, the JavaScript it
// runs on load, and the theme script, each raw and gzipped. Files are gzipped one by one, as a
// server sends them. The file system comes in as a loader so this stays testable.
import { gzipSync } from "node:zlib";
import { pageTypeOf, type PageType } from "./page-type";
import { readPageAssets, staticImports } from "./page-assets";

export interface Bytes {
  raw: number;
  gz: number;
}

export interface PageSize {
  route: string;
  type: PageType;
  /** The document as served, inline <style> and <script> included. */
  html: Bytes;
  /** Linked stylesheets. */
  css: Bytes;
  /** Every script the page runs on load except the theme script: external files, module preloads, their static imports, inline scripts, and data blocks that stand in for code (COUNTS_AS_SCRIPT_ATTR). */
  js: Bytes;
  /** The site-wide theme script (inline, so its bytes are also part of the HTML). */
  theme: Bytes;
  /** What the JavaScript is made of, to name in messages: "/_astro/quiz.js", "inline script 2". */
  jsParts: string[];
  /** Assets the page refers to that the build does not contain (or that live on another site). */
  missing: string[];
}

/** Reads a built file by its URL path ("/_astro/x.css"); undefined when there is none. */
export type Loader = (urlPath: string) => Uint8Array | undefined;

const ORIGIN = "http://site.invalid";

export function bytesOf(data: Uint8Array | string): Bytes {
  const buf = typeof data === "string" ? Buffer.from(data) : data;
  return { raw: buf.byteLength, gz: buf.byteLength === 0 ? 0 : gzipSync(buf, { level: 9 }).byteLength };
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });
const ZERO: Bytes = { raw: 0, gz: 0 };

/** The URL path an href on `base` points to, or null when it is on another site. */
function localPath(href: string, base: string): string | null {
  const url = new URL(href, new URL(base, ORIGIN));
  return url.origin === ORIGIN ? decodeURIComponent(url.pathname) : null;
}

export function measurePage(route: string, html: Uint8Array | string, load: Loader): PageSize {
  const text = typeof html === "string" ? html : Buffer.from(html).toString("utf8");
  const assets = readPageAssets(text);
  const missing: string[] = [];
  const jsParts: string[] = [];

  let css = ZERO;
  for (const href of assets.stylesheetUrls) {
    const path = localPath(href, route);
    const data = path === null ? undefined : load(path);
    if (!data) missing.push(href);
    else css = add(css, bytesOf(data));
  }

  let js = ZERO;
  const seen = new Set<string>();
  const visit = (href: string, base: string) => {
    const path = localPath(href, base);
    if (path !== null && seen.has(path)) return;
    const data = path === null ? undefined : load(path);
    if (path === null || !data) {
      missing.push(href);
      return;
    }
    seen.add(path);
    js = add(js, bytesOf(data));
    jsParts.push(path);
    for (const dep of staticImports(Buffer.from(data).toString("utf8"))) visit(dep, path);
  };
  for (const src of assets.scriptUrls) visit(src, route);

  // Data that stands in for code (the decoder's lexicon) weighs in the JavaScript too; it is also part of the HTML.
  assets.scriptData.forEach((text, i) => {
    js = add(js, bytesOf(text));
    jsParts.push(`script data ${i + 1}`);
  });

  let theme = ZERO;
  for (const s of assets.inlineScripts) {
    if (s.theme) theme = add(theme, bytesOf(s.text));
    else if (s.text.trim()) {
      js = add(js, bytesOf(s.text));
      jsParts.push(`inline script ${s.index}`);
    }
  }

  // The page's own language (<html lang>) tells a translated page's type from its address.
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(text)?.[1];
  return { route, type: pageTypeOf(route, lang), html: bytesOf(typeof html === "string" ? Buffer.from(html) : html), css, js, theme, jsParts, missing };
}

// What the Markdown pipeline does with styles, under a policy that blocks every style attribute
// (style-src-attr 'none', src/lib/security.ts). GFM writes a table column's alignment (`| ---: |`)
// as style="text-align: right" on each cell: that becomes a class (ALIGN_CLASSES, styled in
// src/styles/global.css), so aligned tables stay aligned. A style an author wrote (an MDX
// element's style={...}, raw HTML's style="...") has no class to become, so the build stops at its
// file and line and says what to write instead. Pure; src/integrations/markdown-styles.ts runs it
// inside Astro's Markdown processor.

/** The class a GFM column alignment becomes. */
export const ALIGN_CLASSES = { left: "align-left", center: "align-center", right: "align-right" } as const;
export type Alignment = keyof typeof ALIGN_CLASSES;

/**
 * The class for a table cell's style when the style is only a text alignment (what GFM writes,
 * "text-align: right", any spacing or case, an optional trailing semicolon); null for any other style.
 */
export function alignmentClass(style: string): string | null {
  const m = /^\s*text-align\s*:\s*(left|center|right)\s*;?\s*$/i.exec(style);
  return m ? ALIGN_CLASSES[m[1]!.toLowerCase() as Alignment] : null;
}

/** A class list with one class added (hast's className is an array, a string or absent). */
export function withClass(className: unknown, add: string): string[] {
  const list = Array.isArray(className) ? className.map(String) : typeof className === "string" ? className.split(/\s+/).filter(Boolean) : [];
  return list.includes(add) ? list : [...list, add];
}

/** Where a style was written: the source file (relative to the project) and its line. */
export interface StyleSite {
  file: string;
  line: number | undefined;
  /** The element it is on, e.g. "div" or "td". */
  element: string;
}

/** The build error for a style an author wrote: where, why it cannot stay, and what to write instead. */
export function styleError(site: StyleSite): string {
  const where = site.line === undefined ? site.file : `${site.file}:${site.line}`;
  return (
    `${where}: a style attribute on <${site.element}>. The site's security policy blocks every style attribute ` +
    `(style-src-attr 'none'), so it would not apply on the page, and the HTML gates reject it. ` +
    `Write a class instead and style it in src/styles/global.css, or use one of the site's MDX components ` +
    `(Callout, Figure, ...); a table column's alignment is written in its delimiter row (| ---: |), which becomes a class.`
  );
}

/** Whether raw HTML (in a .md file) carries a style attribute; the line of the first, counted from the raw block's start. */
export function rawStyleLine(html: string): number | null {
  const m = /<[a-z][^>]*?\sstyle\s*=/i.exec(html);
  return m ? html.slice(0, m.index + m[0].length).split("\n").length : null;
}

/** Whether a source could hold an author's style at all: cheap, so positions are tracked only when it might. */
export const mayHoldStyle = (source: string) => /\bstyle\b/.test(source);

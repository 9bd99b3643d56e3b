// A page's table of contents, read in one pass: each link with the element its anchor names. One
// read instead of four awaited checks per link keeps the per-language role and article suites quick.
import type { Locator } from "@playwright/test";

export interface ContentsLink {
  href: string;
  text: string;
  /** How many elements carry the id the link points to. */
  targets: number;
  /** The first such element's tag and text. */
  tag: string | undefined;
  targetText: string | undefined;
}

export function contentsLinks(nav: Locator): Promise<ContentsLink[]> {
  return nav.getByRole("link").evaluateAll((links) =>
    links.map((a) => {
      const href = a.getAttribute("href") ?? "";
      const found = document.querySelectorAll(`[id="${CSS.escape(decodeURIComponent(href.slice(1)))}"]`);
      const clean = (s: string | null | undefined) => s?.replace(/\s+/g, " ").trim();
      return { href, text: clean(a.textContent) ?? "", targets: found.length, tag: found[0]?.tagName, targetText: clean(found[0]?.textContent) };
    }),
  );
}

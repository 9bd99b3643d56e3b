// axe-core run straight in the page. @axe-core/playwright injects axe again on every call and
// finishes each run in a new blank page (for results across frames, which the site does not use);
// measured here, that was 1.2-3.3 s a run against 0.3-1.4 s for the same rules run in place, and
// the every-page sweep runs axe twice on each of over a hundred pages.
import type { Page } from "@playwright/test";
import axe from "axe-core";

/** The rules the site is held to: WCAG 2.2 A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"];

/**
 * The every-page sweep adds axe's experimental rules, which axe leaves out unless asked: among them
 * label-content-name-mismatch (WCAG 2.5.3, a control's name contains the words it shows), so a
 * speech-input user can say what they see in every language.
 */
export const SWEEP_TAGS = [...WCAG_TAGS, "experimental"];

/** axe's violations on the page as it stands, one line each: rule, count, the first few elements. */
export async function axeViolations(page: Page, tags: string[] = WCAG_TAGS): Promise<string[]> {
  // Injected once per document; page.evaluate runs outside the page's Content-Security-Policy.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  return page.evaluate(async (values) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run(document, { runOnly: { type: "tag", values }, resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  }, tags);
}

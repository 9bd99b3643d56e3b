// The page never jumps while it loads: one page of each type (the ones `npm run lighthouse` scores),
// in each language, on a phone and a desktop screen, with JavaScript on and off, shows no layout
// shift from the moment it has been read until its scripts have upgraded it (the quiz and search
// included), fonts and images in. Shifts while the parser is still reading the page are left out:
// whether the browser paints a half-read page depends on where the parser yields, which depends on
// the machine's load, not on the page; Lighthouse's CLS (npm run lighthouse) covers the whole load.
import { test, expect, type Browser } from "@playwright/test";
import { LIGHTHOUSE_PAGES } from "../../scripts/bench/lighthouse";

const PATHS = LIGHTHOUSE_PAGES.flatMap(({ path }) => [path, `/es${path}`]);
const SCREENS = [
  { name: "phone", width: 412, height: 823 },
  { name: "desktop", width: 1280, height: 800 },
] as const;

/** The layout shifts the page has had (those right after input left out, as Cumulative Layout Shift counts them). */
async function shiftsWhileLoading(browser: Browser, path: string, width: number, height: number, javaScriptEnabled: boolean) {
  // No service worker: its precache would keep the network busy and is not part of the first view.
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height }, serviceWorkers: "block" });
  const page = await context.newPage();
  // Chromium's performance timeline over the DevTools protocol: it reports shifts with the page's
  // own scripts off too, where a PerformanceObserver could not run.
  const cdp = await context.newCDPSession(page);
  const found: { value: number; nodes: number[]; at: number }[] = [];
  cdp.on("PerformanceTimeline.timelineEventAdded", ({ event }) => {
    const d = event.layoutShiftDetails;
    if (d && !d.hadRecentInput) found.push({ value: d.value, nodes: d.sources.map((s) => s.nodeId ?? 0), at: event.time * 1000 });
  });
  await cdp.send("PerformanceTimeline.enable", { eventTypes: ["layout-shift"] });
  await page.goto(path); // the load event: module scripts have run by then
  if (javaScriptEnabled) {
    // Scripted widgets have upgraded once their element is defined and a frame has passed.
    await page.evaluate(async () => {
      await Promise.all(["quiz-app", "site-search", "ad-decoder"].filter((n) => document.querySelector(n)).map((n) => customElements.whenDefined(n)));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
  }
  // Let the compositor report what the last frames did.
  await page.waitForTimeout(250);
  // When the parser had read the whole page (epoch ms, as the timeline's times).
  const read = await page.evaluate(() => performance.timing.domInteractive);
  // Each shift with the elements that moved, as "tag.class" (or #id), so a failure says what to fix.
  const describe = async (backendNodeId: number) => {
    const { node } = await cdp.send("DOM.describeNode", { backendNodeId }).catch(() => ({ node: null }));
    if (!node) return "?";
    const attrs = new Map<string, string>();
    for (let i = 0; i + 1 < (node.attributes?.length ?? 0); i += 2) attrs.set(node.attributes![i]!, node.attributes![i + 1]!);
    const id = attrs.get("id");
    const cls = (attrs.get("class") ?? "").split(/\s+/).filter(Boolean).join(".");
    return `${node.localName || node.nodeName}${id ? `#${id}` : ""}${cls ? `.${cls}` : ""}`;
  };
  const shifts = [];
  for (const f of found.filter((x) => x.at >= read)) shifts.push({ value: Number(f.value.toFixed(4)), moved: await Promise.all(f.nodes.map(describe)) });
  await context.close();
  return shifts;
}

// playwright.config.ts runs this file after every other test, on a machine they have left.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    for (const path of PATHS) {
      test(`${path} does not shift its layout while loading`, async ({ browser }) => {
        for (const s of SCREENS) {
          const shifts = await shiftsWhileLoading(browser, path, s.width, s.height, javaScriptEnabled);
          expect(shifts, `${path} on a ${s.name} screen (${s.width}px)`).toEqual([]);
        }
      });
    }
  });
}

// Every URL in the built sitemap: it loads, has one h1, a title and a description, logs no error,
// axe finds no WCAG 2.2 AA violation, nor any of its experimental rules, in the light scheme nor in
// the dark, the Content-Security-Policy reports no violation, and nothing is requested from
// another host. One sweep checks all of it: each page load is the expensive part, so every per-page
// check shares it, and the dark scheme is the same document with the scheme switched (colours are
// all that changes).
import { expect, test, type Page } from "@playwright/test";
import { axeViolations, SWEEP_TAGS } from "./support/axe";
import { sharedPage } from "./support/shared-page";
import { sitemapPaths } from "./support/sitemap";

// The sitemap's pages, and the offline page of each language, which the sitemap leaves out (it is
// for the service workers to show) but a visitor reads all the same.
const sitemap = sitemapPaths();
const paths = [...sitemap, ...sitemap.filter((p) => /^\/([a-z]{2}\/)?$/.test(p)).map((home) => `${home}offline/`)];

test("the sitemap lists the site's pages", () => {
  expect(paths).toContain("/");
  expect(paths).toContain("/offline/");
  expect(paths.length).toBeGreaterThan(1);
});

test.describe("every page", () => {
  // Two axe runs on a long page (the quiz's method page: 61 tables) take half a minute on a busy
  // 2-core machine; the sweep checks soundness, not speed (the size budgets and Lighthouse do that).
  test.describe.configure({ timeout: 90_000 });
  // One page per worker, navigated from URL to URL (see sharedPage).
  let page: Page;
  let errors: string[] = [];
  let away: string[] = [];
  test.beforeAll(async ({ browser }, info) => {
    page = await sharedPage(browser, info, { colorScheme: "light" });
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("request", (r) => {
      const url = new URL(r.url());
      if (!["data:", "blob:", "about:"].includes(url.protocol) && url.hostname !== "127.0.0.1") away.push(r.url());
    });
    // Policy violations, recorded on window by a script that runs before the page's own.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener("securitypolicyviolation", (e) => {
        const tag = e.target instanceof Element ? `: ${e.target.outerHTML.split(">")[0]}>` : "";
        seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at line ${e.lineNumber}${tag}`);
      });
    });
  });
  test.afterAll(async () => page.context().close());
  for (const path of paths) {
    test(`${path} is sound in light and dark`, async () => {
      // The method page holds the whole question bank and a dozen tables: two axe runs there take
      // about 9 s each on a loaded 2-core machine.
      if (path.endsWith("/quiz/how-it-works/")) test.slow();
      errors = [];
      away = [];
      await page.emulateMedia({ colorScheme: "light" });
      const response = await page.goto(path);
      expect(response?.status(), `${path} status`).toBe(200);
      await expect(page.locator("h1"), `${path} has exactly one h1`).toHaveCount(1);
      expect((await page.title()).trim(), `${path} title`).not.toBe("");
      const description = await page.locator('meta[name="description"]').getAttribute("content");
      expect(description?.trim(), `${path} meta description`).toBeTruthy();
      expect(await axeViolations(page, SWEEP_TAGS), `${path} axe violations in light`).toEqual([]);
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await background(), `${path} in the dark scheme`).not.toBe(light);
      expect(await axeViolations(page, SWEEP_TAGS), `${path} axe violations in dark`).toEqual([]);
      expect(errors, `${path} console or page errors`).toEqual([]);
      const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(violations, `${path} policy violations`).toEqual([]);
      expect(away, `${path} requests to other hosts`).toEqual([]);
    });
  }
});

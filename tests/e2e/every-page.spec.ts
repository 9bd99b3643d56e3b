// Every URL in the built sitemap, in both colour schemes: it loads, has one h1, a title and a
// description, logs no error, and axe finds no WCAG 2.2 AA violation.
import { expect, test, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { sharedPage } from "./support/shared-page";
import { sitemapPaths } from "./support/sitemap";

const paths = sitemapPaths();

test("the sitemap lists the site's pages", () => {
  expect(paths).toContain("/");
  expect(paths.length).toBeGreaterThan(1);
});

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} scheme`, () => {
    // One page per worker, navigated from URL to URL (see sharedPage).
    let page: Page;
    let errors: string[] = [];
    test.beforeAll(async ({ browser }, info) => {
      page = await sharedPage(browser, info, { colorScheme: scheme });
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
    });
    test.afterAll(async () => page.context().close());
    for (const path of paths) {
      test(`${path} is sound`, async () => {
        errors = [];
        const response = await page.goto(path);
        expect(response?.status(), `${path} status`).toBe(200);
        await expect(page.locator("h1"), `${path} has exactly one h1`).toHaveCount(1);
        expect((await page.title()).trim(), `${path} title`).not.toBe("");
        const description = await page.locator('meta[name="description"]').getAttribute("content");
        expect(description?.trim(), `${path} meta description`).toBeTruthy();
        const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
        const summary = axe.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
        expect(summary, `${path} axe violations in ${scheme}`).toEqual([]);
        expect(errors, `${path} console or page errors`).toEqual([]);
      });
    }
  });
}

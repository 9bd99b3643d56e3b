// The quiz's JavaScript stays within its budget, and no other page gains a script.
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

const BUDGET = 8 * 1024;

test("the quiz page's scripts weigh at most 8 KB gzipped, the theme script aside", async ({ page, request }) => {
  await page.goto("/quiz/");
  const sources = await page.locator("script[src]").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
  expect(sources.length).toBeGreaterThan(0);
  let total = 0;
  for (const src of sources) {
    const body = await (await request.get(src)).body();
    total += gzipSync(body, { level: 9 }).length;
    // Follow static imports too, so a split chunk cannot hide from the budget.
    for (const [, dep] of body.toString("utf8").matchAll(/from\s*["']([^"']+\.js)["']/g)) {
      total += gzipSync(await (await request.get(new URL(dep!, src).href)).body(), { level: 9 }).length;
    }
  }
  console.log(`quiz JavaScript: ${total} bytes gzipped`);
  expect(total).toBeLessThanOrEqual(BUDGET);
});

for (const path of ["/", "/quiz/how-it-works/", "/skills/"])
  test(`${path} carries no script but the inline theme script`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("script[src], script[type='module']")).toHaveCount(0);
  });

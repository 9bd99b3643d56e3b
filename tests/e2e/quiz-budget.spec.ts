// The quiz's JavaScript stays within its budget, and no other page gains a script.
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

const BUDGET = 8 * 1024;

for (const path of ["/quiz/", "/es/quiz/"])
  test(`${path}: the quiz page's scripts weigh at most 8 KB gzipped, the theme script aside`, async ({ page, request }) => {
    await page.goto(path);
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
    console.log(`quiz JavaScript at ${path}: ${total} bytes gzipped`);
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

test("every language runs the one quiz script, its words coming from the page's data", async ({ page }) => {
  const scripts = async (path: string) => {
    await page.goto(path);
    return page.locator("script[src]").evaluateAll((els) => els.map((e) => new URL((e as HTMLScriptElement).src).pathname));
  };
  expect(await scripts("/es/quiz/")).toEqual(await scripts("/quiz/"));
  const data = JSON.parse((await page.locator("script[data-quiz-data]").textContent())!) as { lang: string; text: { next: string } };
  expect(data.lang).toBe("en");
  expect(data.text.next).toBe("Next");
});

for (const path of ["/", "/quiz/how-it-works/", "/es/quiz/how-it-works/", "/skills/"])
  test(`${path} carries no script but the inline theme script`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("script[src], script[type='module']")).toHaveCount(0);
  });

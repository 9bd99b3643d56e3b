// axe (WCAG 2.0/2.1/2.2 A and AA) on each step of the quiz and on the result's plan, in both colour
// schemes and both languages.
import { expect, test, type Page } from "@playwright/test";
import { STORAGE_KEY } from "../../src/lib/quiz/storage";
import { loadModel } from "../unit/quiz-fixture";
import { axeViolations } from "./support/axe";

const model = loadModel();
const N = model.questions.length;

async function axe(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), `axe violations on ${what}`).toEqual([]);
}

for (const scheme of ["light", "dark"] as const)
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test("a question step, the review and the result pass axe", async ({ page }) => {
      test.setTimeout(60_000); // four axe runs, one over the whole result and its plan: slow on a busy 2-core machine
      await page.goto("/quiz/");
      await page.locator("fieldset:not([hidden]) label").first().click();
      await page.getByRole("button", { name: "Next" }).click();
      await page.locator("fieldset:not([hidden]) label").nth(1).click();
      await expect(page.getByText(`Question 2 of ${N}`)).toBeVisible();
      await axe(page, "a question");
      for (let i = 1; i < N; i++) await page.getByRole("button", { name: "Next" }).click();
      await expect(page.getByRole("heading", { name: "Check your answers" })).toBeVisible();
      await axe(page, "the review");
      await page.goto(`/quiz/?r=${model.version}.${"abc".repeat(N).slice(0, N)}`);
      await expect(page.locator("[data-result]")).toBeVisible();
      await page.waitForTimeout(500); // let the bars finish growing before colours are sampled
      await axe(page, "a shared result");
      await page.getByRole("button", { name: "Take the quiz yourself" }).click();
      await page.goto("/quiz/?r=%3Cscript%3E");
      await expect(page.locator("[data-notice]")).toBeVisible();
      await axe(page, "the broken-link message");
    });

    test("the visitor's own plan, ticked, switched to another role and with the note for unreadable ticks, passes axe", async ({ page }) => {
      await page.goto("/quiz/");
      await page.evaluate(() => localStorage.setItem("data-career-guide:plan", "{broken"));
      const saved = JSON.stringify({ code: `${model.version}.${"acb".repeat(N).slice(0, N - 7)}${"a".repeat(7)}`, step: N + 1 });
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, saved]);
      await page.reload();
      await expect(page.locator("[data-steps] li").first()).toBeVisible();
      await expect(page.locator("[data-ticks-note]")).not.toBeEmpty();
      await page.locator("[data-steps] input").first().check();
      await page.locator("[data-switch] label").nth(3).click();
      await page.locator("[data-steps] input").first().check();
      await page.waitForTimeout(500);
      await axe(page, "the visitor's own plan");
    });
  });

test("the Spanish quiz's result, its plan for another role, and the broken-link message pass axe", async ({ page }) => {
  await page.goto(`/es/quiz/?r=${model.version}.${"bca".repeat(N).slice(0, N)}.1b`);
  await expect(page.locator("[data-steps] li").first()).toBeVisible();
  await expect(page.locator("[data-result]")).toBeVisible();
  await page.waitForTimeout(500); // let the bars finish growing before colours are sampled
  await axe(page, "a shared result in Spanish");
  await page.goto("/es/quiz/?r=%3Cscript%3E");
  await expect(page.locator("[data-notice]")).toBeVisible();
  await axe(page, "the Spanish broken-link message");
});

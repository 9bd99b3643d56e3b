// The quiz in a real Chromium: by mouse and by keyboard, the labels /api/quiz.json publishes,
// saved progress, share links, and what the page does without JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { scoreAnswers } from "../../src/lib/quiz/score";
import { STORAGE_KEY } from "../../src/lib/quiz/storage";
import { loadModel } from "../unit/quiz-fixture";

interface PublishedBank {
  version: number;
  questions: { id: string; prompt: string; options: { id: string; label: string }[] }[];
}

const model = loadModel();
const N = model.questions.length;
/** A varied, complete answer set: question i gets option (i × 2) mod its option count. */
const varied = model.questions.map((q, i) => (i * 2) % q.options.length);

async function bank(page: Page): Promise<PublishedBank> {
  const res = await page.request.get("/api/quiz.json");
  expect(res.ok()).toBe(true);
  return (await res.json()) as PublishedBank;
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

const result = (page: Page) => page.locator("[data-result]");
/** The question on screen. */
const current = (page: Page) => page.locator("fieldset[data-question]:not([hidden])");
const ranking = async (page: Page) => (await result(page).getAttribute("data-ranking"))!.split(" ");

/** Answers every question by clicking, checking each step's legend and labels against the published bank. */
async function completeByMouse(page: Page, published: PublishedBank, answers: (number | null)[]): Promise<void> {
  for (const [i, q] of published.questions.entries()) {
    await expect(page.getByText(`Question ${i + 1} of ${N}`)).toBeVisible();
    const group = page.getByRole("group", { name: q.prompt, exact: true });
    await expect(group).toBeVisible();
    await expect(group.locator("legend")).toHaveText(q.prompt);
    await expect(group.getByRole("radio")).toHaveCount(q.options.length);
    for (const [j, o] of q.options.entries()) await expect(group.locator("label").nth(j)).toHaveText(o.label);
    const choice = answers[i];
    if (choice !== null && choice !== undefined) {
      await group.getByText(q.options[choice]!.label, { exact: true }).click();
      await expect(group.getByRole("radio", { name: q.options[choice]!.label, exact: true })).toBeChecked();
    }
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByRole("heading", { name: "Check your answers" })).toBeFocused();
  await page.getByRole("button", { name: "See my result" }).click();
}

test.describe("the quiz", () => {
  test("can be completed by mouse, with the labels of /api/quiz.json, and shows the scorer's ranking", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/quiz/");
    const published = await bank(page);
    expect(published.questions).toHaveLength(N);
    await completeByMouse(page, published, varied);

    const expected = scoreAnswers(model, varied);
    await expect(result(page)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /Your closest match/ })).toBeFocused();
    expect(await ranking(page)).toEqual(expected.ranking);

    // The chart: all six roles with their scores as text, in rank order.
    const bars = page.getByRole("list", { name: "How all six roles fit" }).getByRole("listitem");
    await expect(bars).toHaveCount(6);
    for (const [i, fit] of expected.ranked.entries()) await expect(bars.nth(i)).toContainText(String(fit.shown));

    const [top, runner] = expected.ranking;
    await expect(page.getByRole("link", { name: /role: what it does and needs/ })).toHaveAttribute("href", `/roles/${top}/`);
    const compare = page.locator("[data-runner] a");
    const pair = [top!, runner!].sort((a, b) => model.roles.findIndex((r) => r.id === a) - model.roles.findIndex((r) => r.id === b));
    await expect(compare).toHaveAttribute("href", `/compare/${pair[0]}-vs-${pair[1]}/`);
    await expect(page.locator("[data-confidence]")).toHaveText(/^(High|Medium|Low)\b/);
    await expect(page.getByLabel("Link to this result")).toHaveValue(/\/quiz\/\?r=\d+\.[a-z-]+$/);
    expect(errors).toEqual([]);
  });

  test("can be completed by keyboard alone, with focus moving to each new question", async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto("/quiz/");
    const published = await bank(page);
    // Tab from the top of the page to the first question's first answer.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === "radio")) break;
    }
    const focusedRadio = page.locator("input[type=radio]:focus");
    await expect(focusedRadio).toHaveCount(1);
    const outline = await focusedRadio.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, "the focused radio shows a focus outline").not.toBe("none");

    const answers: number[] = [];
    for (const [i, q] of published.questions.entries()) {
      if (i > 0) {
        // Focus is on the new question's heading; one Tab reaches its answers.
        await expect(page.getByRole("heading", { name: q.prompt, exact: true })).toBeFocused();
        await page.keyboard.press("Tab");
      }
      await page.keyboard.press("Space"); // checks the first answer
      const moves = i % q.options.length;
      for (let k = 0; k < moves; k++) await page.keyboard.press("ArrowDown");
      answers.push(moves);
      await expect(page.getByRole("radio", { name: q.options[moves]!.label, exact: true })).toBeChecked();
      await page.keyboard.press("Enter"); // submits the step: Next
    }
    await expect(page.getByRole("heading", { name: "Check your answers" })).toBeFocused();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === "See my result") break;
    }
    await expect(page.getByRole("button", { name: "See my result" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: /Your closest match/ })).toBeFocused();
    expect(await ranking(page)).toEqual(scoreAnswers(model, answers).ranking);
    expect(errors).toEqual([]);
  });

  test("restores the answers and the step after a reload half-way", async ({ page }) => {
    await page.goto("/quiz/");
    const published = await bank(page);
    const half = Math.floor(N / 2);
    for (let i = 0; i < half; i++) {
      await current(page).getByText(published.questions[i]!.options[1]!.label, { exact: true }).click();
      await page.getByRole("button", { name: "Next" }).click();
    }
    await expect(page.getByText(`Question ${half + 1} of ${N}`)).toBeVisible();
    await page.reload();
    await expect(page.getByText(`Question ${half + 1} of ${N}`)).toBeVisible();
    await page.getByRole("button", { name: "Back" }).click();
    const previous = published.questions[half - 1]!;
    await expect(page.getByRole("radio", { name: previous.options[1]!.label, exact: true })).toBeChecked();
  });

  test("a share link opens the same ranking, with an invitation to take the quiz", async ({ page, browser }) => {
    await page.goto("/quiz/");
    const published = await bank(page);
    const answers = model.questions.map((q, i) => (i % 4 === 3 ? null : (i + 1) % q.options.length));
    await completeByMouse(page, published, answers);
    const mine = await ranking(page);
    const link = await page.getByLabel("Link to this result").inputValue();

    const other = await browser.newPage(); // a fresh visitor: no saved progress
    const errors = watchErrors(other);
    await other.goto(link);
    await expect(result(other)).toBeVisible();
    expect(await ranking(other)).toEqual(mine);
    expect(mine).toEqual(scoreAnswers(model, answers).ranking);
    await expect(other.getByText("Someone shared this result with you.")).toBeVisible();
    await other.getByRole("button", { name: "Take the quiz yourself" }).click();
    await expect(other.getByText(`Question 1 of ${N}`)).toBeVisible();
    expect(new URL(other.url()).search).toBe("");
    await expect(other.getByRole("radio", { checked: true })).toHaveCount(0);
    expect(errors).toEqual([]);
    await other.close();
  });

  test("copies the link to the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const code = `${model.version}.${"a".repeat(N)}`;
    await page.goto(`/quiz/?r=${code}`);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(page.url()).origin}/quiz/?r=${code}`);
  });

  test("selects the link for copying by hand when the clipboard refuses", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    await page.goto(`/quiz/?r=${model.version}.${"b".repeat(N)}`);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText(/The link is selected/)).toBeVisible();
    const input = page.getByLabel("Link to this result");
    await expect(input).toBeFocused();
    expect(await input.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0))).toBe(await input.inputValue());
  });

  test("goes back from the result to the review to change answers", async ({ page }) => {
    await page.goto("/quiz/");
    const published = await bank(page);
    await completeByMouse(page, published, varied);
    await page.getByRole("button", { name: "Change answers" }).click();
    await expect(page.getByRole("heading", { name: "Check your answers" })).toBeFocused();
    await expect(page.getByText(`Review: ${N} of ${N} answered`)).toBeVisible();
    await page.getByRole("button", { name: "See my result" }).click();
    expect(await ranking(page)).toEqual(scoreAnswers(model, varied).ranking);
  });

  test("start over clears the answers and the saved progress", async ({ page }) => {
    await page.goto("/quiz/");
    const published = await bank(page);
    await completeByMouse(page, published, varied);
    await page.getByRole("button", { name: "Start over" }).click();
    await expect(page.getByText(`Question 1 of ${N}`)).toBeVisible();
    await expect(page.getByRole("heading", { name: published.questions[0]!.prompt })).toBeFocused();
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toContain('"step":0');
    await page.reload();
    await expect(page.getByText(`Question 1 of ${N}`)).toBeVisible();
    await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  });

  test("returns to the review after changing an answer from it", async ({ page }) => {
    await page.goto("/quiz/");
    const published = await bank(page);
    await completeByMouse(page, published, varied);
    await page.getByRole("button", { name: "Start over" }).click();
    // Answer just enough, skipping the rest, then change one answer from the review.
    for (let i = 0; i < N; i++) {
      if (i < 4) await current(page).getByText(published.questions[i]!.options[0]!.label, { exact: true }).click();
      await page.getByRole("button", { name: "Next" }).click();
    }
    await expect(page.getByText(`Review: 4 of ${N} answered`)).toBeVisible();
    await page.getByRole("button", { name: `Change answer to “${published.questions[2]!.prompt}”` }).click();
    await expect(page.getByRole("heading", { name: published.questions[2]!.prompt })).toBeFocused();
    await current(page).getByText(published.questions[2]!.options[1]!.label, { exact: true }).click();
    await page.getByRole("button", { name: "Back to review" }).click();
    await expect(page.locator("[data-review-list] li").nth(2)).toContainText(published.questions[2]!.options[1]!.label);
    await expect(page.locator("[data-review-list] li").nth(5)).toContainText("Not answered");
  });

  test("asks for more answers before showing a result from too few", async ({ page }) => {
    await page.goto("/quiz/");
    const published = await bank(page);
    await current(page).getByText(published.questions[0]!.options[0]!.label, { exact: true }).click();
    for (let i = 0; i < N; i++) await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(page.getByRole("alert")).toHaveText(/Answer at least \d+ questions/);
    await expect(result(page)).toBeHidden();
  });

  test("discards unreadable saved progress quietly", async ({ page }) => {
    const errors = watchErrors(page);
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, '{"code":"<img src=x onerror=alert(1)>","step":3}');
        sessionStorage.setItem("seeded", "1");
      }
    }, STORAGE_KEY);
    await page.goto("/quiz/");
    await expect(page.getByText(`Question 1 of ${N}`)).toBeVisible();
    await expect(page.locator("[data-notice]")).toBeEmpty();
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(`{"code":"${model.version}.${"-".repeat(N)}","step":0}`);
    await expect(page.locator("main img")).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("honours reduced motion", async ({ page }) => {
    const motion = async () => ({
      animation: await current(page).evaluate((el) => getComputedStyle(el).animationName),
      bars: parseFloat(await page.locator(".bar-fill").first().evaluate((el) => getComputedStyle(el).transitionDuration)),
    });
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await page.goto("/quiz/");
    const moving = await motion();
    expect(moving.animation).not.toBe("none");
    expect(moving.bars).toBeGreaterThan(0.1);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.reload();
    const reduced = await motion();
    expect(reduced.animation).toBe("none");
    expect(reduced.bars).toBeLessThan(0.001);
  });
});

test("every step fits a 320px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto("/quiz/");
  expect(await overflow(), "a question").toBe(0);
  for (let i = 0; i < N; i++) {
    await current(page).locator("label").last().click();
    await page.getByRole("button", { name: "Next" }).click();
  }
  expect(await overflow(), "the review").toBe(0);
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(result(page)).toBeVisible();
  expect(await overflow(), "the result").toBe(0);
  await page.goto("/quiz/?r=%22%3E%3Cimg%3E");
  expect(await overflow(), "the broken-link message").toBe(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says the quiz needs JavaScript and links to the skills and comparison pages", async ({ page }) => {
    await page.goto("/quiz/");
    await expect(page.getByText(/needs JavaScript/)).toBeVisible();
    await expect(page.getByRole("link", { name: "read the skill matrix" })).toHaveAttribute("href", "/skills/");
    await expect(page.getByRole("link", { name: "compare two roles side by side" })).toHaveAttribute("href", "/compare/");
    await expect(page.getByRole("radio")).toHaveCount(0); // the questions stay hidden
    // The quiz shows no control it cannot run (the header's search form works without JavaScript).
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
  });
});

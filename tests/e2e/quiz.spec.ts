// The quiz in a real Chromium, in every language: by mouse and by keyboard with the labels that
// language's /api/quiz.json publishes, the same ranking as the scorer (and so as every other
// language) for the same answers, saved progress (which crosses the language switch), share links
// (which open in every language), the method page, and what the page does without JavaScript.
// Every link the quiz writes stays in the page's language.
import type { Page } from "@playwright/test";
import { fill, formatNumber, plural } from "../../src/lib/i18n-format";
import { MIN_ANSWERS, MIN_EFFECT_POINTS, TOP_AREAS } from "../../src/lib/quiz/constants";
import { scoreAnswers } from "../../src/lib/quiz/score";
import { encodeAnswers } from "../../src/lib/quiz/share-code";
import { STORAGE_KEY } from "../../src/lib/quiz/storage";
import type { RoleId } from "../../src/lib/roles";
import { loadModel } from "../unit/quiz-fixture";
import { expect, expectNoOtherLanguage, templatePattern, test, type Edition } from "./support/language";
import { langOfPath } from "./support/langs";

interface PublishedBank {
  version: number;
  language: string;
  questions: { id: string; prompt: string; options: { id: string; label: string }[] }[];
}

const model = loadModel();
const N = model.questions.length;
/** A varied, complete answer set: question i gets option (i × 2) mod its option count. */
const varied = model.questions.map((q, i) => (i * 2) % q.options.length);

async function bank(page: Page, { href }: Pick<Edition, "href">): Promise<PublishedBank> {
  const res = await page.request.get(href("/api/quiz.json"));
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
const progress = ({ t }: Pick<Edition, "t">, n: number) => fill(t.quiz.client.progress, { n, total: N });
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Answers every question by clicking, checking each step's legend and labels against the published bank. */
async function completeByMouse(page: Page, ed: Edition, published: PublishedBank, answers: (number | null)[]): Promise<void> {
  const t = ed.t.quiz;
  for (const [i, q] of published.questions.entries()) {
    await expect(page.getByText(progress(ed, i + 1))).toBeVisible();
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
    await page.getByRole("button", { name: t.client.next }).click();
  }
  await expect(page.getByRole("heading", { name: t.review.heading })).toBeFocused();
  await page.getByRole("button", { name: t.client.seeResult }).click();
}

/** Answers by clicking (null skips) and opens the result, without the label checks of completeByMouse. */
async function clickThrough(page: Page, ed: Edition, published: PublishedBank, answers: (number | null)[]): Promise<void> {
  for (const [i, q] of published.questions.entries()) {
    const choice = answers[i];
    if (choice !== null && choice !== undefined) await current(page).getByText(q.options[choice]!.label, { exact: true }).click();
    await page.getByRole("button", { name: ed.t.quiz.client.next }).click();
  }
  await page.getByRole("button", { name: ed.t.quiz.client.seeResult }).click();
  await expect(result(page)).toBeVisible();
}

/**
 * Opens the quiz with `answers` saved at `step` (N is the review, N + 1 the result), as a visitor
 * who left it there would find it: quicker than clicking through every question again where the
 * steps on the way are not what a test checks.
 */
async function savedAt(page: Page, { href }: Pick<Edition, "href">, answers: (number | null)[], step = N + 1): Promise<void> {
  await page.goto(href("/quiz/"));
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify({ code: encodeAnswers(model, answers), step })]);
  await page.reload();
  if (step === N + 1) await expect(result(page)).toBeVisible();
}

test.describe("the quiz", () => {
  test("can be completed by mouse, with the labels of its language's /api/quiz.json, and shows the scorer's ranking in the page's words", async ({ page, lang, ed }) => {
    const { t, content } = ed;
    const errors = watchErrors(page);
    await page.goto(ed.href("/quiz/"));
    await expect(page.getByRole("heading", { level: 1, name: t.quiz.page.heading })).toBeVisible();
    const published = await bank(page, ed);
    expect(published.language).toBe(lang);
    expect(published.questions).toHaveLength(N);
    await completeByMouse(page, ed, published, varied);

    const expected = scoreAnswers(model, varied);
    await expect(result(page)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(t.quiz.client.kicker.mine) })).toBeFocused();
    expect(await ranking(page)).toEqual(expected.ranking);

    // The chart: all six roles with their scores as text, in rank order.
    const bars = page.getByRole("list", { name: t.quiz.result.barsTitle }).getByRole("listitem");
    await expect(bars).toHaveCount(6);
    for (const [i, fit] of expected.ranked.entries()) await expect(bars.nth(i)).toContainText(String(fit.shown));
    await expect(page.locator("[data-top-score]")).toHaveText(templatePattern(t.quiz.client.outOf, { n: "\\d+" }, true));

    const [top, runner] = expected.ranking as [RoleId, RoleId];
    await expect(page.getByRole("link", { name: fill(t.quiz.client.roleLink, ed.named(content.role(top))) })).toHaveAttribute("href", ed.href(`/roles/${top}/`));
    const compare = page.locator("[data-runner] a");
    const pair = [top, runner].sort((a, b) => model.roles.findIndex((r) => r.id === a) - model.roles.findIndex((r) => r.id === b));
    await expect(compare).toHaveAttribute("href", ed.href(`/compare/${pair[0]}-vs-${pair[1]}/`));
    await expect(compare).toHaveText(fill(t.quiz.client.compare, { ...ed.named(content.role(top), "a"), ...ed.named(content.role(runner), "b") }));
    const c = t.quiz.client.words.confidence;
    const levels = [c.high.mine.other, c.medium, c.low].map((s) => escaped(s.split(":")[0]!));
    await expect(page.locator("[data-confidence]")).toHaveText(new RegExp(`^(${levels.join("|")}): `));
    await expect(page.getByRole("link", { name: t.quiz.result.method })).toHaveAttribute("href", ed.href("/quiz/how-it-works/"));
    await expect(page.getByLabel(t.quiz.result.shareLabel)).toHaveValue(new RegExp(`${escaped(ed.href("/quiz/"))}\\?r=\\d+\\.[a-z-]+$`));
    // Every link the result writes stays in the page's language.
    for (const href of await result(page).locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
      expect(langOfPath(href), `a link in the result: ${href}`).toBe(lang);
    expect(errors).toEqual([]);
  });

  test("can be completed by keyboard alone, with focus moving to each new question; every language ranks the answers the same", async ({ page, browser, ed, others }) => {
    const t = ed.t.quiz;
    const errors = watchErrors(page);
    await page.goto(ed.href("/quiz/"));
    const published = await bank(page, ed);
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
      await expect(page.getByText(progress(ed, i + 1))).toBeVisible();
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
    await expect(page.getByRole("heading", { name: t.review.heading })).toBeFocused();
    await expect(page.getByText(fill(t.client.reviewProgress, { n: N, total: N }))).toBeVisible();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press("Tab");
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === t.client.seeResult) break;
    }
    await expect(page.getByRole("button", { name: t.client.seeResult })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(t.client.kicker.mine) })).toBeFocused();
    const mine = await ranking(page);
    expect(mine).toEqual(scoreAnswers(model, answers).ranking);

    // The same answers in every other language: the same ranking.
    const code = new URL(await page.getByLabel(t.result.shareLabel).inputValue()).searchParams.get("r")!;
    for (const other of others) {
      const elsewhere = await browser.newPage();
      await elsewhere.goto(other.href(`/quiz/?r=${code}`));
      await expect(result(elsewhere)).toBeVisible();
      expect(await ranking(elsewhere), other.lang).toEqual(mine);
      await elsewhere.close();
    }
    expect(errors).toEqual([]);
  });

  test("restores the answers and the step after a reload half-way", async ({ page, ed }) => {
    await page.goto(ed.href("/quiz/"));
    const published = await bank(page, ed);
    const half = Math.floor(N / 2);
    for (let i = 0; i < half; i++) {
      await current(page).getByText(published.questions[i]!.options[1]!.label, { exact: true }).click();
      await page.getByRole("button", { name: ed.t.quiz.client.next }).click();
    }
    await expect(page.getByText(progress(ed, half + 1))).toBeVisible();
    await page.reload();
    await expect(page.getByText(progress(ed, half + 1))).toBeVisible();
    await page.getByRole("button", { name: ed.t.quiz.app.back }).click();
    const previous = published.questions[half - 1]!;
    await expect(page.getByRole("radio", { name: previous.options[1]!.label, exact: true })).toBeChecked();
  });

  test("progress saved here continues in every other language after the language switch", async ({ page, ed, others }) => {
    const published = await bank(page, ed);
    await page.goto(ed.href("/quiz/"));
    for (let i = 0; i < 5; i++) {
      await current(page).getByText(published.questions[i]!.options[1]!.label, { exact: true }).click();
      await page.getByRole("button", { name: ed.t.quiz.client.next }).click();
    }
    await expect(page.getByText(progress(ed, 6))).toBeVisible();
    for (const other of others) {
      const theirs = await bank(page, other);
      await page.goto(ed.href("/quiz/"));
      await expect(page.getByText(progress(ed, 6))).toBeVisible();
      await page.getByRole("link", { name: fill(other.t.common.header.switchTo, { language: other.t.common.meta.name }) }).click();
      await expect(page).toHaveURL(new RegExp(`${escaped(other.href("/quiz/"))}$`));
      await expect(page.getByText(progress(other, 6))).toBeVisible();
      await expect(page.getByRole("group", { name: theirs.questions[5]!.prompt, exact: true })).toBeVisible();
      await page.getByRole("button", { name: other.t.quiz.app.back }).click();
      await expect(page.getByRole("radio", { name: theirs.questions[4]!.options[1]!.label, exact: true })).toBeChecked();
      await expect(page.getByText(progress(other, 5))).toBeVisible();
      // On to question 6 again, where the next language should find the progress.
      await page.getByRole("button", { name: other.t.quiz.client.next }).click();
    }
  });

  test("a share link opens the same ranking, here and in every other language, with an invitation to take the quiz", async ({ page, browser, ed, others }) => {
    test.setTimeout(60_000); // a whole quiz and a result page per language: slow on a busy 2-core machine
    const t = ed.t.quiz;
    await page.goto(ed.href("/quiz/"));
    const published = await bank(page, ed);
    const answers = model.questions.map((q, i) => (i % 4 === 3 ? null : (i + 1) % q.options.length));
    await clickThrough(page, ed, published, answers);
    const mine = await ranking(page);
    expect(mine).toEqual(scoreAnswers(model, answers).ranking);
    const link = new URL(await page.getByLabel(t.result.shareLabel).inputValue());
    expect(link.pathname).toBe(ed.href("/quiz/"));
    const code = link.searchParams.get("r")!;

    for (const other of others) {
      // A visitor in another language: the same ranking, and a link of theirs that carries the same code.
      const visitor = await browser.newPage();
      const errors = watchErrors(visitor);
      await visitor.goto(other.href(`/quiz/?r=${code}`));
      await expect(result(visitor)).toBeVisible();
      expect(await ranking(visitor), other.lang).toEqual(mine);
      await expect(visitor.getByText(other.t.quiz.result.sharedNote)).toBeVisible();
      const theirs = new URL(await visitor.getByLabel(other.t.quiz.result.shareLabel).inputValue());
      expect(theirs.pathname).toBe(other.href("/quiz/"));
      expect(theirs.searchParams.get("r"), "the code carries no language").toBe(code);
      expect(errors).toEqual([]);
      await visitor.close();
    }

    const other = await browser.newPage(); // a fresh visitor: no saved progress
    const errors = watchErrors(other);
    await other.goto(link.href);
    await expect(result(other)).toBeVisible();
    expect(await ranking(other)).toEqual(mine);
    await expect(other.getByText(t.result.sharedNote)).toBeVisible();
    await expect(other.getByRole("heading", { level: 2, name: new RegExp(t.client.kicker.shared) })).toBeVisible();
    await other.getByRole("button", { name: t.result.take }).click();
    await expect(other.getByText(progress(ed, 1))).toBeVisible();
    expect(new URL(other.url()).pathname).toBe(ed.href("/quiz/"));
    expect(new URL(other.url()).search).toBe("");
    await expect(other.getByRole("radio", { checked: true })).toHaveCount(0);
    expect(errors).toEqual([]);
    await other.close();
  });

  test("copies the link to the clipboard", async ({ page, context, ed }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const code = `${model.version}.${"a".repeat(N)}`;
    await page.goto(ed.href(`/quiz/?r=${code}`));
    await page.getByRole("button", { name: ed.t.quiz.result.copy }).click();
    await expect(page.getByText(ed.t.quiz.client.copied)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${new URL(page.url()).origin}${ed.href(`/quiz/?r=${code}`)}`);
  });

  test("selects the link for copying by hand when the clipboard refuses", async ({ page, ed }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("denied")) } });
    });
    await page.goto(ed.href(`/quiz/?r=${model.version}.${"b".repeat(N)}`));
    await page.getByRole("button", { name: ed.t.quiz.result.copy }).click();
    await expect(page.getByText(ed.t.quiz.client.selectHint)).toBeVisible();
    const input = page.getByLabel(ed.t.quiz.result.shareLabel);
    await expect(input).toBeFocused();
    expect(await input.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0))).toBe(await input.inputValue());
  });

  test("goes back from the result to the review to change answers", async ({ page, ed }) => {
    const t = ed.t.quiz;
    await savedAt(page, ed, varied);
    await page.getByRole("button", { name: t.result.change }).click();
    await expect(page.getByRole("heading", { name: t.review.heading })).toBeFocused();
    await expect(page.getByText(fill(t.client.reviewProgress, { n: N, total: N }))).toBeVisible();
    await page.getByRole("button", { name: t.client.seeResult }).click();
    expect(await ranking(page)).toEqual(scoreAnswers(model, varied).ranking);
  });

  test("start over clears the answers and the saved progress", async ({ page, ed }) => {
    const published = await bank(page, ed);
    await savedAt(page, ed, varied);
    await page.getByRole("button", { name: ed.t.quiz.result.restart }).click();
    await expect(page.getByText(progress(ed, 1))).toBeVisible();
    await expect(page.getByRole("heading", { name: published.questions[0]!.prompt })).toBeFocused();
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toContain('"step":0');
    await page.reload();
    await expect(page.getByText(progress(ed, 1))).toBeVisible();
    await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  });

  test("returns to the review after changing an answer from it", async ({ page, ed }) => {
    const t = ed.t.quiz;
    const published = await bank(page, ed);
    await savedAt(page, ed, varied);
    await page.getByRole("button", { name: t.result.restart }).click();
    // Answer just enough, skipping the rest, then change one answer from the review.
    for (let i = 0; i < N; i++) {
      if (i < 4) await current(page).getByText(published.questions[i]!.options[0]!.label, { exact: true }).click();
      await page.getByRole("button", { name: t.client.next }).click();
    }
    await expect(page.getByText(fill(t.client.reviewProgress, { n: 4, total: N }))).toBeVisible();
    await page.getByRole("button", { name: `${t.client.change} ${fill(t.client.changeWhat, { prompt: published.questions[2]!.prompt })}` }).click();
    await expect(page.getByRole("heading", { name: published.questions[2]!.prompt })).toBeFocused();
    await current(page).getByText(published.questions[2]!.options[1]!.label, { exact: true }).click();
    await page.getByRole("button", { name: t.client.backToReview }).click();
    await expect(page.locator("[data-review-list] li").nth(2)).toContainText(published.questions[2]!.options[1]!.label);
    await expect(page.locator("[data-review-list] li").nth(5)).toContainText(t.client.notAnswered);
  });

  test("asks for more answers before showing a result from too few", async ({ page, lang, ed }) => {
    const t = ed.t.quiz;
    await page.goto(ed.href("/quiz/"));
    const published = await bank(page, ed);
    await current(page).getByText(published.questions[0]!.options[0]!.label, { exact: true }).click();
    for (let i = 0; i < N; i++) await page.getByRole("button", { name: t.client.next }).click();
    await expect(page.getByText(fill(t.client.reviewProgress, { n: 1, total: N }))).toBeVisible();
    await expect(page.locator("[data-review-list] li").nth(1)).toContainText(t.client.notAnswered);
    await expect(page.getByRole("button", { name: `${t.client.change} ${fill(t.client.changeWhat, { prompt: published.questions[2]!.prompt })}` })).toBeVisible();
    await page.getByRole("button", { name: t.client.seeResult }).click();
    await expect(page.getByRole("alert")).toHaveText(plural(lang, t.client.atLeast, MIN_ANSWERS));
    await expect(result(page)).toBeHidden();
  });

  test("discards unreadable saved progress quietly", async ({ page, ed }) => {
    const errors = watchErrors(page);
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, '{"code":"<img src=x onerror=alert(1)>","step":3}');
        sessionStorage.setItem("seeded", "1");
      }
    }, STORAGE_KEY);
    await page.goto(ed.href("/quiz/"));
    await expect(page.getByText(progress(ed, 1))).toBeVisible();
    await expect(page.locator("[data-notice]")).toBeEmpty();
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe(`{"code":"${model.version}.${"-".repeat(N)}","step":0}`);
    await expect(page.locator("main img")).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test("honours reduced motion", async ({ page, href }) => {
    const motion = async () => ({
      animation: await current(page).evaluate((el) => getComputedStyle(el).animationName),
      bars: parseFloat(await page.locator(".bar-fill").first().evaluate((el) => getComputedStyle(el).transitionDuration)),
    });
    await page.emulateMedia({ reducedMotion: "no-preference" });
    await page.goto(href("/quiz/"));
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

test("every step, a shared result and the method page fit a 320px wide screen without sideways scrolling", async ({ page, ed }) => {
  const t = ed.t.quiz;
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto(ed.href("/quiz/"));
  expect(await overflow(), "a question").toBe(0);
  // Every question answered with its last option, at the review.
  await savedAt(
    page,
    ed,
    model.questions.map((q) => q.options.length - 1),
    N,
  );
  await expect(page.getByRole("heading", { name: t.review.heading })).toBeVisible();
  expect(await overflow(), "the review").toBe(0);
  await page.getByRole("button", { name: t.client.seeResult }).click();
  await expect(result(page)).toBeVisible();
  expect(await overflow(), "the result").toBe(0);
  await page.goto(ed.href(`/quiz/?r=${model.version}.${"abc".repeat(N).slice(0, N)}`));
  await expect(result(page)).toBeVisible();
  expect(await overflow(), "a shared result").toBe(0);
  await page.goto(ed.href("/quiz/?r=%22%3E%3Cimg%3E"));
  expect(await overflow(), "the broken-link message").toBe(0);
  await page.goto(ed.href("/quiz/how-it-works/"));
  expect(await overflow(), "the method page").toBe(0);
});

test("the method page is in the page's language, links within it, and works the same example as every other language", async ({ page, lang, ed, others }) => {
  const t = ed.t.quiz;
  // The worked example's fit table, numbers read the same whatever the decimal sign.
  const fitRows = async (tr: Edition["t"]) =>
    page
      .getByRole("table", { name: tr.quiz.example.fitCaption })
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent!.trim().replace(",", ".").replace("−", "-"))));
  await page.goto(ed.href("/quiz/how-it-works/"));
  await expect(page.getByRole("heading", { level: 1, name: t.method.title })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: t.method.example.heading })).toBeVisible();
  await expect(page.getByRole("table", { name: t.example.profileCaption })).toBeVisible();
  await expect(page.getByRole("table", { name: t.values.caption })).toBeVisible();
  await expect(page.getByText(t.client.words.confidence.reasons.flat, { exact: false })).toBeVisible();
  await expect(page.locator("main")).toContainText(fill(t.method.reasons.p2, { top: formatNumber(lang, TOP_AREAS), min: formatNumber(lang, MIN_EFFECT_POINTS) }));
  const mine = await fitRows(ed.t);
  expect(mine.length).toBeGreaterThan(0);
  for (const href of await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
    expect(langOfPath(href), `a link on the method page: ${href}`).toBe(lang);
  await expectNoOtherLanguage(page, lang, ["quiz"]);
  // The same numbers as the other languages' example.
  for (const other of others) {
    await page.goto(other.href("/quiz/how-it-works/"));
    expect(await fitRows(other.t), other.lang).toEqual(mine);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("says the quiz needs JavaScript and links to the skills and comparison pages", async ({ page, ed }) => {
    const t = ed.t.quiz.app;
    await page.goto(ed.href("/quiz/"));
    // As a pattern: Playwright's plain-text match does not look inside <noscript>.
    await expect(page.getByText(templatePattern(t.noscript.split("{skills}")[0]!.trim()))).toBeVisible();
    await expect(page.getByRole("link", { name: t.skillsLink })).toHaveAttribute("href", ed.href("/skills/"));
    await expect(page.getByRole("link", { name: t.compareLink })).toHaveAttribute("href", ed.href("/compare/"));
    await expect(page.getByRole("radio")).toHaveCount(0); // the questions stay hidden
    // The quiz shows no control it cannot run (the header's search form works without JavaScript).
    await expect(page.getByRole("main").getByRole("button")).toHaveCount(0);
  });
});

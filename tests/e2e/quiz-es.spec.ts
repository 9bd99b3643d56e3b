// The quiz in Spanish at /es/quiz/: completed by keyboard with the Spanish labels, it ranks the
// roles exactly as the English quiz does for the same answers; share links and saved progress
// cross the language switch; every link stays in /es/; the method page is in Spanish.
import { expect, test, type Page } from "@playwright/test";
import esCommon from "../../src/i18n/dictionaries/es/common";
import es from "../../src/i18n/dictionaries/es/quiz";
import { fill } from "../../src/lib/i18n-format";
import { scoreAnswers } from "../../src/lib/quiz/score";
import { loadModel } from "../unit/quiz-fixture";

interface PublishedBank {
  language: string;
  questions: { id: string; prompt: string; options: { id: string; label: string }[] }[];
}

const model = loadModel();
const N = model.questions.length;

async function bank(page: Page, path: string): Promise<PublishedBank> {
  const res = await page.request.get(path);
  expect(res.ok()).toBe(true);
  return (await res.json()) as PublishedBank;
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

const result = (page: Page) => page.locator("[data-result]");
const current = (page: Page) => page.locator("fieldset[data-question]:not([hidden])");
const ranking = async (page: Page) => (await result(page).getAttribute("data-ranking"))!.split(" ");

/** Answers the English quiz by clicking (null skips), then opens the result. */
async function completeEnglish(page: Page, answers: (number | null)[]): Promise<void> {
  const english = await bank(page, "/api/quiz.json");
  await page.goto("/quiz/");
  for (const [i, q] of english.questions.entries()) {
    const choice = answers[i];
    if (choice != null) await current(page).getByText(q.options[choice]!.label, { exact: true }).click();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(result(page)).toBeVisible();
}

test("the Spanish quiz, completed by keyboard, ranks the roles as the English quiz does for the same answers", async ({ page, browser }) => {
  test.setTimeout(90_000); // two whole quizzes, one by keyboard: slow on a busy 2-core machine
  const errors = watchErrors(page);
  await page.goto("/es/quiz/");
  const spanish = await bank(page, "/es/api/quiz.json");
  expect(spanish.language).toBe("es");
  await expect(page.getByRole("heading", { level: 1, name: "¿Qué rol de datos encaja contigo?" })).toBeVisible();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === "radio")) break;
  }
  const answers: number[] = [];
  for (const [i, q] of spanish.questions.entries()) {
    await expect(page.getByText(`Pregunta ${i + 1} de ${N}`)).toBeVisible();
    if (i > 0) {
      await expect(page.getByRole("heading", { name: q.prompt, exact: true })).toBeFocused();
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Space");
    const moves = (i * 2) % q.options.length;
    for (let k = 0; k < moves; k++) await page.keyboard.press("ArrowDown");
    answers.push(moves);
    await expect(page.getByRole("radio", { name: q.options[moves]!.label, exact: true })).toBeChecked();
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: "Revisa tus respuestas" })).toBeFocused();
  await expect(page.getByText(`Revisión: has respondido ${N} de ${N}`)).toBeVisible();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === "Ver mi resultado") break;
  }
  await expect(page.getByRole("button", { name: "Ver mi resultado" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: /El rol más afín a ti/ })).toBeFocused();
  const mine = await ranking(page);
  expect(mine).toEqual(scoreAnswers(model, answers).ranking);

  // The result speaks Spanish, and every link it writes stays in /es/.
  await expect(page.getByRole("list", { name: "Cómo encajan los seis roles" }).getByRole("listitem")).toHaveCount(6);
  await expect(page.locator("[data-confidence]")).toHaveText(/^(Alta|Media|Baja): /);
  await expect(page.locator("[data-top-score]")).toHaveText(/^\d+ de 100$/);
  await expect(page.getByRole("link", { name: /^El rol de .+: qué hace y qué necesita$/ })).toHaveAttribute("href", `/es/roles/${mine[0]}/`);
  await expect(page.locator("[data-runner] a")).toHaveText(/^Comparar .+ (y|e) .+$/);
  await expect(page.locator("[data-runner] a")).toHaveAttribute("href", /^\/es\/compare\/[a-z-]+-vs-[a-z-]+\/$/);
  for (const href of await page.locator("[data-result] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
    expect(href, "a link in the Spanish result").toMatch(/^\/es\//);
  await expect(page.getByRole("link", { name: es.result.method })).toHaveAttribute("href", "/es/quiz/how-it-works/");
  const link = await page.getByLabel("Enlace a este resultado").inputValue();
  expect(new URL(link).pathname).toBe("/es/quiz/");

  // The same answers in English: the same ranking.
  const english = await browser.newPage();
  await completeEnglish(english, answers);
  expect(await ranking(english)).toEqual(mine);
  await english.close();
  expect(errors).toEqual([]);
});

test("a share link made in Spanish opens the same ranking in English, and one made in English opens it in Spanish", async ({ page, browser }) => {
  test.setTimeout(90_000); // two whole quizzes and four result pages
  const answers = model.questions.map((q, i) => (i % 4 === 3 ? null : (i + 1) % q.options.length));
  const expected = scoreAnswers(model, answers).ranking;

  // English -> Spanish.
  await completeEnglish(page, answers);
  const enLink = new URL(await page.getByLabel("Link to this result").inputValue());
  expect(enLink.pathname).toBe("/quiz/");
  const code = enLink.searchParams.get("r")!;
  const visitor = await browser.newPage();
  const errors = watchErrors(visitor);
  await visitor.goto(`/es/quiz/?r=${code}`);
  await expect(result(visitor)).toBeVisible();
  expect(await ranking(visitor)).toEqual(expected);
  await expect(visitor.getByText(es.result.sharedNote)).toBeVisible();
  await expect(visitor.getByRole("heading", { level: 2, name: /El rol más afín en este resultado compartido/ })).toBeVisible();
  const esLink = new URL(await visitor.getByLabel("Enlace a este resultado").inputValue());
  expect(esLink.pathname).toBe("/es/quiz/");
  expect(esLink.searchParams.get("r"), "the code carries no language").toBe(code);

  // Spanish -> English.
  const other = await browser.newPage();
  await other.goto(`/quiz/${esLink.search}`);
  await expect(result(other)).toBeVisible();
  expect(await ranking(other)).toEqual(expected);
  await expect(other.getByText("Someone shared this result with you.")).toBeVisible();

  // Taking the quiz from the shared result keeps the visitor in Spanish.
  await visitor.getByRole("button", { name: es.result.take }).click();
  await expect(visitor.getByText(`Pregunta 1 de ${N}`)).toBeVisible();
  expect(new URL(visitor.url()).pathname).toBe("/es/quiz/");
  expect(errors).toEqual([]);
  await visitor.close();
  await other.close();
});

test("progress saved in English continues in Spanish after the language switch", async ({ page }) => {
  const english = await bank(page, "/api/quiz.json");
  const spanish = await bank(page, "/es/api/quiz.json");
  await page.goto("/quiz/");
  for (let i = 0; i < 5; i++) {
    await current(page).getByText(english.questions[i]!.options[1]!.label, { exact: true }).click();
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByText(`Question 6 of ${N}`)).toBeVisible();
  await page.getByRole("link", { name: fill(esCommon.header.switchTo, { language: esCommon.meta.name }) }).click();
  await expect(page).toHaveURL(/\/es\/quiz\/$/);
  await expect(page.getByText(`Pregunta 6 de ${N}`)).toBeVisible();
  await expect(page.getByRole("group", { name: spanish.questions[5]!.prompt, exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Atrás" }).click();
  await expect(page.getByRole("radio", { name: spanish.questions[4]!.options[1]!.label, exact: true })).toBeChecked();
  await expect(page.getByText(`Pregunta 5 de ${N}`)).toBeVisible();
});

test("the review and the warning for too few answers are in Spanish", async ({ page }) => {
  await page.goto("/es/quiz/");
  const spanish = await bank(page, "/es/api/quiz.json");
  await current(page).getByText(spanish.questions[0]!.options[0]!.label, { exact: true }).click();
  for (let i = 0; i < N; i++) await page.getByRole("button", { name: "Siguiente" }).click();
  await expect(page.getByText(`Revisión: has respondido 1 de ${N}`)).toBeVisible();
  await expect(page.locator("[data-review-list] li").nth(1)).toContainText("Sin responder");
  await expect(page.getByRole("button", { name: `Cambiar la respuesta a «${spanish.questions[2]!.prompt}»` })).toBeVisible();
  await page.getByRole("button", { name: "Ver mi resultado" }).click();
  await expect(page.getByRole("alert")).toHaveText("Responde al menos 4 preguntas para ver un resultado.");
  await expect(result(page)).toBeHidden();
});

test("the Spanish method page is in Spanish, links within /es/, and works the same example as English", async ({ page }) => {
  const fitRows = async () =>
    page
      .getByRole("table", { name: /each role fits|encaja cada rol/ })
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent!.trim().replace(",", ".").replace("−", "-"))));
  await page.goto("/quiz/how-it-works/");
  const englishRows = await fitRows();
  await page.goto("/es/quiz/how-it-works/");
  await expect(page.getByRole("heading", { level: 1, name: es.method.title })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: es.method.example.heading })).toBeVisible();
  await expect(page.getByRole("table", { name: es.example.profileCaption })).toBeVisible();
  await expect(page.getByRole("table", { name: es.values.caption })).toBeVisible();
  await expect(page.getByText(es.client.words.confidence.reasons.flat, { exact: false })).toBeVisible();
  // The same numbers as the English example, written with a decimal comma.
  expect(await fitRows()).toEqual(englishRows);
  await expect(page.locator("main")).toContainText("0,5 puntos");
  for (const href of await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
    expect(href, "a link on the Spanish method page").toMatch(/^\/es\//);
  // No English left in the page's own words.
  const text = await page.locator("main").innerText();
  for (const english of ["Skill area", "Signals", "Answer", "How each role", "Take the quiz", "Step 1", "out of 100"]) expect(text).not.toContain(english);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Spanish quiz says it needs JavaScript and links to Spanish pages", async ({ page }) => {
    await page.goto("/es/quiz/");
    await expect(page.getByText(/necesita JavaScript/)).toBeVisible();
    await expect(page.getByRole("link", { name: es.app.skillsLink })).toHaveAttribute("href", "/es/skills/");
    await expect(page.getByRole("link", { name: es.app.compareLink })).toHaveAttribute("href", "/es/compare/");
  });
});

test("the Spanish quiz and method page fit a 320px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto("/es/quiz/");
  expect(await overflow(), "a question").toBe(0);
  for (let i = 0; i < N; i++) {
    await current(page).locator("label").last().click();
    await page.getByRole("button", { name: "Siguiente" }).click();
  }
  expect(await overflow(), "the review").toBe(0);
  await page.getByRole("button", { name: "Ver mi resultado" }).click();
  await expect(result(page)).toBeVisible();
  expect(await overflow(), "the result").toBe(0);
  await page.goto(`/es/quiz/?r=${model.version}.${"abc".repeat(N).slice(0, N)}`);
  await expect(result(page)).toBeVisible();
  expect(await overflow(), "a shared result").toBe(0);
  await page.goto("/es/quiz/?r=%3Cimg%3E");
  expect(await overflow(), "the broken-link message").toBe(0);
  await page.goto("/es/quiz/how-it-works/");
  expect(await overflow(), "the method page").toBe(0);
});

// The plan on the quiz result, in a real Chromium and in every language: the steps in the rule's
// order with the next level (described in the page's language) and where to read, switching to any
// role (the address bar and the share link follow, in the page's language), the same plan for the
// same link in every language, shared links opening on the chosen role, ticks kept in this browser
// and cleared, broken stored ticks dropped with a note, keyboard use, the printed result on at most
// two pages, the method page's worked example and the skills page's level anchors.
import type { Page } from "@playwright/test";
import { fill, plural } from "../../src/lib/i18n-format";
import { LEVELS } from "../../src/lib/levels";
import { buildPlan, chainsInto, routeFor } from "../../src/lib/quiz/plan";
import { buildProfile } from "../../src/lib/quiz/profile";
import { answersFrom } from "../../src/lib/quiz/model";
import { scoreAnswers } from "../../src/lib/quiz/score";
import { PLAN_ROLES_V1, decodeAnswers, encodeAnswers } from "../../src/lib/quiz/share-code";
import { STORAGE_KEY, TICKS_KEY, TICKS_VERSION } from "../../src/lib/quiz/storage";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import { loadPaths } from "../unit/content-fixture";
import { loadModel } from "../unit/quiz-fixture";
import { expect, expectNoOtherLanguage, templatePattern, test, type Edition } from "./support/language";
import { langOfPath } from "./support/langs";

const model = loadModel();
const N = model.questions.length;
const moves = loadPaths().filter((e) => e.type === "move");

/** Interest answers that rank the Data Analyst first, with analyst-like experience: the plan has steps, strengths and (for ML Engineer) routes. */
const answers = answersFrom(model, [
  ["favourite-part", "story"],
  ["enjoy-storytelling", "a-lot"],
  ["core-question", "past"],
  ["problem-type", "clear"],
  ["audience", "business"],
  ["finished", "acted-on"],
  ["code", "little"],
  ["dislike-presenting", "no"],
  ["experience-sql", "joins"],
  ["experience-python", "pandas"],
  ["experience-mathematics", "tests"],
  ["experience-ml", "course"],
  ["experience-cloud", "none"],
  ["experience-presenting", "dashboards"],
  ["experience-research", "read"],
]);
if (scoreAnswers(model, answers).ranking[0] !== "data-analyst") throw new Error("the test's answers no longer rank the Data Analyst first");
const result = scoreAnswers(model, answers);
const stated = buildProfile(model, answers).stated;
const planOf = (role: RoleId) => buildPlan(model, ROLE_IDS.indexOf(role), stated);
/** Every experience question answered with its first option (Low): the longest plans. */
const LOWEST = `${encodeAnswers(model, answers).slice(0, -7)}${"a".repeat(7)}`;

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

/** Opens the visitor's own result for `answers`, as saved progress at the result step. */
async function ownResult(page: Page, path: string, role: RoleId | null = null): Promise<void> {
  await page.goto(path);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [STORAGE_KEY, JSON.stringify({ code: encodeAnswers(model, answers, role), step: N + 1 })],
  );
  await page.reload();
  await expect(page.locator("[data-result]")).toBeVisible();
}

const plan = (page: Page) => page.locator("[data-plan]");
const steps = (page: Page) => page.locator("[data-steps] > li");
const stepSkills = (page: Page) => steps(page).evaluateAll((lis) => lis.map((li) => li.getAttribute("data-skill")));
const code = (page: Page) => new URL(page.url()).searchParams.get("r");
/** The radio for a role in the plan's switcher: its label starts with the role's name. */
const roleRadio = (page: Page, { content }: Pick<Edition, "content">, role: RoleId) => page.getByRole("radio", { name: new RegExp(`^${content.name(role)}`) });

test("a result shows a plan for the best fit: the steps in the rule's order, each with the levels, the next level and places to read", async ({ page, lang, ed }) => {
  const { t, content } = ed;
  const errors = watchErrors(page);
  await ownResult(page, ed.href("/quiz/"));
  const top = result.ranking[0]!;
  const expected = planOf(top);
  await expect(plan(page)).toHaveAttribute("data-role", top);
  await expect(page.getByRole("heading", { level: 3, name: fill(t.quiz.result.planTitle, ed.named(content.role(top))) })).toBeVisible();
  await expect(page.getByRole("group", { name: t.quiz.result.switchLegend })).toBeVisible();
  await expect(page.getByRole("heading", { level: 4, name: t.quiz.result.stepsTitle })).toBeVisible();
  expect(await stepSkills(page)).toEqual(expected.steps.map((s) => s.skill));
  const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const [k, s] of expected.steps.entries()) {
    const step = steps(page).nth(k);
    const skill = content.skill(s.skill);
    const level = LEVELS[s.next - 1]!;
    await expect(step.getByRole("checkbox")).toHaveAccessibleName(templatePattern(t.quiz.client.words.gap.mine, { skill: escaped(skill.name) }, true));
    await expect(step).toContainText(fill(t.quiz.client.plan.next, { level: t.common.levelsInText[level] }));
    await expect(step).toContainText(skill.levels[level]);
    await expect(step.getByRole("link", { name: fill(t.quiz.client.plan.allLevels, { skill: skill.name }) })).toHaveAttribute("href", ed.href(`/skills/#${s.skill}-${level}`));
    const places = step.locator(".step-read a");
    expect(await places.count()).toBeGreaterThan(0);
    for (const href of await places.evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
      expect(href).toMatch(new RegExp(`^${escaped(ed.href("/"))}(roles/[a-z-]+/#[a-z]+|articles/[a-z0-9-]+/)$`));
  }
  // Strengths: every rated area the role does not need more of.
  await expect(page.locator("[data-strengths] li")).toHaveCount(expected.strengths.length);
  // Every link the result writes stays in the page's language, and the plan's words are the page's.
  for (const href of await page.locator("[data-result] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
    expect(langOfPath(href), `a link in the result: ${href}`).toBe(lang);
  await expectNoOtherLanguage(page, lang, ["quiz"], "[data-plan]");
  expect(errors).toEqual([]);
});

test("the places a step links to are real anchors on the role pages and the skills page", async ({ page, href }) => {
  await ownResult(page, href("/quiz/"), "ml-engineer");
  const hrefs = [...new Set(await page.locator("[data-steps] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))];
  expect(hrefs.length).toBeGreaterThan(3);
  for (const link of hrefs.filter((h) => h.includes("#")).slice(0, 6)) {
    await page.goto(link);
    await expect(page.locator(`[id="${link.split("#")[1]}"]`), link).toBeVisible();
  }
});

test("switching roles updates the plan, the address bar and the share link, and keeps the ranking in view; every language shows the same plan", async ({ page, browser, lang, ed, others }) => {
  const { t, content } = ed;
  const name = content.name;
  const errors = watchErrors(page);
  await ownResult(page, ed.href("/quiz/"));
  // The switcher lists the roles in rank order with their scores: the ranking, next to the plan.
  const options = page.locator("[data-switch] label");
  expect(await options.evaluateAll((ls) => ls.map((l) => l.getAttribute("data-role")))).toEqual(result.ranking);
  for (const [i, fit] of result.ranked.entries()) await expect(options.nth(i)).toContainText(String(fit.shown));
  await expect(roleRadio(page, ed, result.ranking[0]!)).toBeChecked();

  await roleRadio(page, ed, "ml-engineer").check();
  await expect(plan(page)).toHaveAttribute("data-role", "ml-engineer");
  await expect(page.getByRole("heading", { level: 3, name: fill(t.quiz.result.planTitle, ed.named(content.role("ml-engineer"))) })).toBeVisible();
  expect(await stepSkills(page)).toEqual(planOf("ml-engineer").steps.map((s) => s.skill));
  await expect(page.locator("[data-plan-status]")).toHaveText(plural(lang, t.quiz.client.plan.switched, planOf("ml-engineer").steps.length, ed.named(content.role("ml-engineer"))));
  expect(new URL(page.url()).pathname).toBe(ed.href("/quiz/"));
  expect(code(page)).toBe(encodeAnswers(model, answers, "ml-engineer"));
  const shared = new URL(await page.getByLabel(t.quiz.result.shareLabel).inputValue());
  expect(shared.pathname).toBe(ed.href("/quiz/"));
  expect(shared.searchParams.get("r")).toBe(encodeAnswers(model, answers, "ml-engineer"));
  await expect(page.locator("[data-switch]")).toBeInViewport();
  // The ranking itself is unchanged, and the top of the result still names the best fit.
  expect((await page.locator("[data-result]").getAttribute("data-ranking"))!.split(" ")).toEqual(result.ranking);
  await expect(page.locator("[data-top-name]")).toHaveText(name(result.ranking[0]!));

  // The routes into ML Engineer start from the role the stated experience is nearest to.
  const route = routeFor(model, chainsInto(moves, "ml-engineer"), stated);
  await expect(page.locator("[data-route-text]")).toContainText(
    plural(lang, t.quiz.client.plan.route.mine, route.chains.length, { ...ed.named(content.role(route.start! as RoleId), "start"), ...ed.named(content.role("ml-engineer")) }),
  );
  await expect(page.locator("[data-chains] > li")).toHaveCount(route.chains.length);
  // A route is a label: its first name as a title, the others as running text writes them.
  await expect(page.locator("[data-chains] > li").first().getByRole("link")).toHaveText(route.chains[0]!.map((id, i) => (i === 0 ? name(id as RoleId) : content.role(id as RoleId).forms.text)));

  // The same link opened in every other language shows the same plan, for the same role.
  for (const other of others) {
    const visitor = await browser.newPage();
    await visitor.goto(other.href(`/quiz/${shared.search}`));
    await expect(plan(visitor)).toHaveAttribute("data-role", "ml-engineer");
    expect(await stepSkills(visitor), other.lang).toEqual(await stepSkills(page));
    await visitor.close();
  }

  // Back to the best fit: the code carries no role again; a reload keeps the visitor's own result.
  await roleRadio(page, ed, "data-engineer").check();
  await page.reload();
  await expect(plan(page)).toHaveAttribute("data-role", "data-engineer");
  await expect(page.getByText(t.quiz.result.sharedNote)).toBeHidden();
  await roleRadio(page, ed, result.ranking[0]!).check();
  expect(code(page)).toBe(encodeAnswers(model, answers));
  expect(errors).toEqual([]);
});

test("a shared link opens on the chosen role, and a link made before the plan opens on the best fit", async ({ browser, ed }) => {
  const { t } = ed;
  const visitor = await browser.newPage();
  const errors = watchErrors(visitor);
  await visitor.goto(ed.href(`/quiz/?r=${encodeAnswers(model, answers, "ai-engineer")}`));
  await expect(visitor.getByText(t.quiz.result.sharedNote)).toBeVisible();
  await expect(plan(visitor)).toHaveAttribute("data-role", "ai-engineer");
  await expect(roleRadio(visitor, ed, "ai-engineer")).toBeChecked();
  expect(await stepSkills(visitor)).toEqual(planOf("ai-engineer").steps.map((s) => s.skill));
  // Someone else's plan: nothing to tick.
  await expect(visitor.locator("[data-steps] input")).toHaveCount(0);
  await expect(visitor.getByRole("button", { name: t.quiz.result.clearTicks })).toBeHidden();
  const sharedGap = t.quiz.client.words.gap.shared.split("{need}")[1]!.split("{stated}")[0]!.trim();
  await expect(visitor.locator("[data-steps] > li").first()).toContainText(sharedGap);

  await visitor.goto(ed.href(`/quiz/?r=${encodeAnswers(model, answers)}`));
  await expect(plan(visitor)).toHaveAttribute("data-role", result.ranking[0]!);
  // A well-formed plan field of a later version opens the answers on the best fit.
  await visitor.goto(ed.href(`/quiz/?r=${encodeAnswers(model, answers)}.2c`));
  await expect(plan(visitor)).toHaveAttribute("data-role", result.ranking[0]!);
  await expect(visitor.locator("[data-notice]")).toBeEmpty();
  // A damaged one is refused like any broken link.
  await visitor.goto(ed.href(`/quiz/?r=${encodeAnswers(model, answers)}.1z`));
  await expect(visitor.locator("[data-notice]")).toContainText(t.quiz.client.codeErrors.malformed);
  expect(PLAN_ROLES_V1).toHaveLength(6);
  expect(errors).toEqual([]);
  await visitor.close();
});

test("ticks survive a reload, belong to each role's plan, stay in this browser, and clear", async ({ page, ed }) => {
  const { t } = ed;
  await ownResult(page, ed.href("/quiz/"));
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const boxes = page.locator("[data-steps] input[type=checkbox]");
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(steps(page).nth(0)).toHaveClass(/done/);
  const top = result.ranking[0]!;
  const ticked = planOf(top).steps.slice(0, 2).map((s) => s.skill);
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), TICKS_KEY))!)).toEqual({ v: TICKS_VERSION, bank: model.version, ticks: { [top]: ticked } });
  expect(requests, "ticking sends nothing").toEqual([]);

  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  await expect(boxes.nth(2)).not.toBeChecked();
  // Another role's plan has its own ticks.
  await roleRadio(page, ed, "data-scientist").check();
  await expect(page.locator("[data-steps] input:checked")).toHaveCount(0);
  await roleRadio(page, ed, top).check();
  await expect(page.locator("[data-steps] input:checked")).toHaveCount(2);

  await page.getByRole("button", { name: t.quiz.result.clearTicks }).click();
  await expect(page.getByText(t.quiz.client.plan.cleared)).toBeVisible();
  await expect(page.locator("[data-steps] input:checked")).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), TICKS_KEY)).toBeNull();
  await page.reload();
  await expect(page.locator("[data-steps] input:checked")).toHaveCount(0);

  // Start over forgets the ticks with the answers.
  await boxes.nth(0).check();
  await page.getByRole("button", { name: t.quiz.result.restart }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), TICKS_KEY)).toBeNull();
});

for (const [what, stored] of [
  ["from an older version of the quiz", JSON.stringify({ v: TICKS_VERSION - 1, bank: model.version, ticks: { "data-analyst": ["sql"] } })],
  ["from another bank", JSON.stringify({ v: TICKS_VERSION, bank: model.version + 1, ticks: {} })],
  ["broken", '{"v":1,"bank":1,"ticks":{"data-analyst":["<img src=x onerror=alert(1)>"]}'],
  ["not JSON", "<script>alert(1)</script>"],
] as const)
  test(`stored ticks ${what} are ignored with a friendly note, never a crash, and new ticks then keep`, async ({ page, t, href }) => {
    const errors = watchErrors(page);
    // The ticks and the progress at the result are in storage before the page first loads.
    await page.addInitScript(
      ([pk, pv, tk, tv]) => {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem(pk!, pv!);
          localStorage.setItem(tk!, tv!);
          sessionStorage.setItem("seeded", "1");
        }
      },
      [STORAGE_KEY, JSON.stringify({ code: encodeAnswers(model, answers), step: N + 1 }), TICKS_KEY, stored],
    );
    await page.goto(href("/quiz/"));
    await expect(page.locator("[data-ticks-note]")).toHaveText(t.quiz.client.plan.ticksNote);
    await expect(page.locator("[data-steps] input:checked")).toHaveCount(0);
    await expect(page.locator("main img")).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), TICKS_KEY)).toBeNull();
    // Once dropped, the note does not come back, and a new tick survives a reload.
    await page.getByRole("checkbox").first().check();
    await page.reload();
    await expect(page.locator("[data-ticks-note]")).toBeEmpty();
    await expect(page.getByRole("checkbox").first()).toBeChecked();
    expect(errors).toEqual([]);
  });

test("the plan works from the keyboard alone: switch roles with the arrow keys, tick with Space", async ({ page, href }) => {
  await ownResult(page, href("/quiz/"));
  await page.locator("[data-switch] input:checked").focus();
  await page.keyboard.press("ArrowDown");
  const second = result.ranking[1]!;
  await expect(plan(page)).toHaveAttribute("data-role", second);
  await expect(page.locator(`[data-switch] input[value="${second}"]`)).toBeFocused();
  // Tab leaves the switcher and reaches the first step's checkbox (the readiness text has no stops).
  await page.keyboard.press("Tab");
  const first = page.locator("[data-steps] input").first();
  await expect(first).toBeFocused();
  const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
});

test("the printed result fits on at most two A4 or Letter pages, with links as URLs and no navigation or buttons, for the longest plans", async ({ page, lang, href }) => {
  test.setTimeout(60_000);
  const lowest = buildProfile(model, decodeAnswersOk(LOWEST)).stated;
  const length = (role: RoleId) => buildPlan(model, ROLE_IDS.indexOf(role), lowest).steps.length;
  const longest = [...ROLE_IDS].sort((a, b) => length(b) - length(a));
  for (const role of longest.slice(0, 3)) {
    await page.emulateMedia({ media: "screen" });
    await page.goto(href(`/quiz/?r=${LOWEST}.1${"abcdef"[PLAN_ROLES_V1.indexOf(role)]}`));
    await expect(steps(page).first()).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".site-header")).toBeHidden();
    await expect(page.locator(".site-footer")).toBeHidden();
    await expect(page.locator("[data-switch]")).toBeHidden();
    expect(await page.getByRole("button").evaluateAll((bs) => bs.filter((b) => (b as HTMLElement).offsetParent !== null).length), "visible buttons").toBe(0);
    // Every link in the result prints its full address after its text.
    const link = steps(page).first().locator(".step-read a").first();
    expect(await link.getAttribute("data-url")).toBe(new URL((await link.getAttribute("href"))!, page.url()).href);
    expect(await link.evaluate((a) => getComputedStyle(a, "::after").content)).not.toBe("none");
    expect(await page.locator("[data-result] a:not([data-url])").evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).length)).toBe(0);
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format });
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.log(`${lang} ${role} ${format}: ${await steps(page).count()} steps, ${pages} pages`);
      expect(pages, `${lang} ${role} on ${format}`).toBeLessThanOrEqual(2);
    }
  }
});

function decodeAnswersOk(c: string): (number | null)[] {
  const r = decodeAnswers(model, c);
  if (!r.ok) throw new Error(c);
  return r.answers;
}

test("the method page explains the plan's order with a worked example computed from the data", async ({ page, ed }) => {
  const { t, content } = ed;
  await page.goto(ed.href("/quiz/how-it-works/"));
  await expect(page.getByRole("heading", { level: 2, name: t.quiz.method.plan.heading })).toBeVisible();
  const table = page.getByRole("table", { name: fill(t.quiz.planExample.caption, ed.named(content.role("ml-engineer"))) });
  const rows = await table.locator("tbody tr th").allTextContents();
  const example = buildProfile(
    model,
    decodeAnswersOk(
      `${model.version}.${"-".repeat(model.questions.length - 7)}ccbbacb`, // the page's experience answers (the bank's last seven): joins, pandas, tests, course, none, dashboards, read
    ),
  ).stated;
  const expected = buildPlan(model, ROLE_IDS.indexOf("ml-engineer"), example).steps.map((s) => content.skill(s.skill).name);
  expect(rows).toEqual(expected);
  await expect(page.getByRole("table", { name: fill(t.quiz.planExample.distanceCaption, ed.named(content.role("ml-engineer"))) })).toBeVisible();
  await expect(page.getByRole("link", { name: t.quiz.method.plan.skillsLink })).toHaveAttribute("href", ed.href("/skills/"));
});

test("the skills page shows the five levels of every area, each with its own anchor", async ({ page, ed }) => {
  await page.goto(ed.href("/skills/"));
  await expect(page.getByText(ed.t.quiz.links.levelsHeading).first()).toBeVisible();
  for (const s of ed.content.skills) for (const l of LEVELS) await expect(page.locator(`[id="${s.id}-${l}"]`)).toContainText(s.levels[l]);
  await page.goto(ed.href("/skills/#statistics-high"));
  await expect(page.locator("#statistics-high")).toBeInViewport();
});

test("the plan fits a 320px wide screen without sideways scrolling", async ({ page, href }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await ownResult(page, href("/quiz/"), "deep-learning-engineer");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
});

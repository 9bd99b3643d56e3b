// The plan on the quiz result, in a real Chromium: the steps in the rule's order with the next level
// and where to read, switching to any role (the address bar and the share link follow), shared
// links opening on the chosen role, ticks kept in this browser and cleared, broken stored ticks
// dropped with a note, keyboard use, the printed result on at most two pages, the method page's
// worked example and the skills page's level anchors.
import { expect, test, type Page } from "@playwright/test";
import { LEVELS } from "../../src/lib/levels";
import { buildPlan, chainsInto, routeFor } from "../../src/lib/quiz/plan";
import { buildProfile } from "../../src/lib/quiz/profile";
import { scoreAnswers } from "../../src/lib/quiz/score";
import { PLAN_ROLES_V1, decodeAnswers, encodeAnswers } from "../../src/lib/quiz/share-code";
import { STORAGE_KEY, TICKS_KEY, TICKS_VERSION } from "../../src/lib/quiz/storage";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import { loadPaths, loadSkills } from "../unit/content-fixture";
import { loadModel } from "../unit/quiz-fixture";
import { sourceRoles } from "./support/articles";

const model = loadModel();
const N = model.questions.length;
const skills = loadSkills();
const roleNames = new Map([...sourceRoles()].map(([id, r]) => [id, r.name]));
const moves = loadPaths().filter((e) => e.type === "move");

/** Interest answers that rank the Data Analyst first, with analyst-like experience: the plan has steps, strengths and (for ML Engineer) routes. */
const ANSWERS = decodeAnswers(model, "1.acbabcadbcbccbbacb");
if (!ANSWERS.ok) throw new Error("the test's answers no longer fit the bank");
const answers = ANSWERS.answers;
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
async function ownResult(page: Page, path = "/quiz/", role: RoleId | null = null): Promise<void> {
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

test("a result shows a plan for the best fit: the steps in the rule's order, each with the levels, the next level and places to read", async ({ page }) => {
  const errors = watchErrors(page);
  await ownResult(page);
  const top = result.ranking[0]!;
  const expected = planOf(top);
  await expect(plan(page)).toHaveAttribute("data-role", top);
  await expect(page.getByRole("heading", { level: 3, name: `A plan for ${roleNames.get(top)}` })).toBeVisible();
  expect(await stepSkills(page)).toEqual(expected.steps.map((s) => s.skill));
  for (const [k, s] of expected.steps.entries()) {
    const step = steps(page).nth(k);
    const skill = skills.find((x) => x.id === s.skill)!;
    await expect(step.getByRole("checkbox")).toHaveAccessibleName(new RegExp(`^${skill.name}: the role needs .+; your answers say .+\\.$`));
    await expect(step).toContainText(skill.levels[LEVELS[s.next - 1]!]);
    await expect(step.getByRole("link", { name: `${skill.name}: all five levels` })).toHaveAttribute("href", `/skills/#${s.skill}-${LEVELS[s.next - 1]}`);
    const places = step.locator(".step-read a");
    expect(await places.count()).toBeGreaterThan(0);
    for (const href of await places.evaluateAll((as) => as.map((a) => a.getAttribute("href")!))) expect(href).toMatch(/^\/(roles\/[a-z-]+\/#[a-z]+|articles\/[a-z0-9-]+\/)$/);
  }
  // Strengths: every rated area the role does not need more of.
  await expect(page.locator("[data-strengths] li")).toHaveCount(expected.strengths.length);
  expect(errors).toEqual([]);
});

test("the places a step links to are real anchors on the role pages and the skills page", async ({ page }) => {
  await ownResult(page, "/quiz/", "ml-engineer");
  const hrefs = [...new Set(await page.locator("[data-steps] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))];
  expect(hrefs.length).toBeGreaterThan(3);
  for (const href of hrefs.filter((h) => h.includes("#")).slice(0, 6)) {
    await page.goto(href);
    await expect(page.locator(`[id="${href.split("#")[1]}"]`), href).toBeVisible();
  }
});

test("switching roles updates the plan, the address bar and the share link, and keeps the ranking in view", async ({ page }) => {
  const errors = watchErrors(page);
  await ownResult(page);
  // The switcher lists the roles in rank order with their scores: the ranking, next to the plan.
  const options = page.locator("[data-switch] label");
  expect(await options.evaluateAll((ls) => ls.map((l) => l.getAttribute("data-role")))).toEqual(result.ranking);
  for (const [i, fit] of result.ranked.entries()) await expect(options.nth(i)).toContainText(String(fit.shown));
  await expect(page.getByRole("radio", { name: new RegExp(`^${roleNames.get(result.ranking[0]!)}`) })).toBeChecked();

  await page.getByRole("radio", { name: /^ML Engineer/ }).check();
  await expect(plan(page)).toHaveAttribute("data-role", "ml-engineer");
  await expect(page.getByRole("heading", { level: 3, name: "A plan for ML Engineer" })).toBeVisible();
  expect(await stepSkills(page)).toEqual(planOf("ml-engineer").steps.map((s) => s.skill));
  await expect(page.locator("[data-plan-status]")).toHaveText(`Plan for ML Engineer: ${planOf("ml-engineer").steps.length} steps.`);
  expect(code(page)).toBe(encodeAnswers(model, answers, "ml-engineer"));
  await expect(page.getByLabel("Link to this result")).toHaveValue(new RegExp(`/quiz/\\?r=${encodeAnswers(model, answers, "ml-engineer").replace(/\./g, "\\.")}$`));
  await expect(page.locator("[data-switch]")).toBeInViewport();
  // The ranking itself is unchanged, and the top of the result still names the best fit.
  expect((await page.locator("[data-result]").getAttribute("data-ranking"))!.split(" ")).toEqual(result.ranking);
  await expect(page.locator("[data-top-name]")).toHaveText(roleNames.get(result.ranking[0]!)!);

  // The routes into ML Engineer start from the role the stated experience is nearest to.
  const route = routeFor(model, chainsInto(moves, "ml-engineer"), stated);
  await expect(page.locator("[data-route-text]")).toContainText(`nearest to ${roleNames.get(route.start!)}`);
  await expect(page.locator("[data-chains] > li")).toHaveCount(route.chains.length);
  await expect(page.locator("[data-chains] > li").first().getByRole("link")).toHaveText(route.chains[0]!.map((id) => roleNames.get(id)!));

  // Back to the best fit: the code carries no role again; a reload keeps the visitor's own result.
  await page.getByRole("radio", { name: /^Data Engineer/ }).check();
  await page.reload();
  await expect(plan(page)).toHaveAttribute("data-role", "data-engineer");
  await expect(page.getByText("Someone shared this result with you.")).toBeHidden();
  await page.getByRole("radio", { name: new RegExp(`^${roleNames.get(result.ranking[0]!)}`) }).check();
  expect(code(page)).toBe(encodeAnswers(model, answers));
  expect(errors).toEqual([]);
});

test("a shared link opens on the chosen role, and a link made before the plan opens on the best fit", async ({ browser }) => {
  const visitor = await browser.newPage();
  const errors = watchErrors(visitor);
  await visitor.goto(`/quiz/?r=${encodeAnswers(model, answers, "ai-engineer")}`);
  await expect(visitor.getByText("Someone shared this result with you.")).toBeVisible();
  await expect(plan(visitor)).toHaveAttribute("data-role", "ai-engineer");
  await expect(visitor.getByRole("radio", { name: /^AI Engineer/ })).toBeChecked();
  expect(await stepSkills(visitor)).toEqual(planOf("ai-engineer").steps.map((s) => s.skill));
  // Someone else's plan: nothing to tick.
  await expect(visitor.locator("[data-steps] input")).toHaveCount(0);
  await expect(visitor.getByRole("button", { name: "Clear ticks" })).toBeHidden();
  await expect(visitor.locator("[data-steps] > li").first()).toContainText("the answers say");

  await visitor.goto(`/quiz/?r=${encodeAnswers(model, answers)}`);
  await expect(plan(visitor)).toHaveAttribute("data-role", result.ranking[0]!);
  // A well-formed plan field of a later version opens the answers on the best fit.
  await visitor.goto(`/quiz/?r=${encodeAnswers(model, answers)}.2c`);
  await expect(plan(visitor)).toHaveAttribute("data-role", result.ranking[0]!);
  await expect(visitor.locator("[data-notice]")).toBeEmpty();
  // A damaged one is refused like any broken link.
  await visitor.goto(`/quiz/?r=${encodeAnswers(model, answers)}.1z`);
  await expect(visitor.locator("[data-notice]")).toContainText("damaged");
  expect(PLAN_ROLES_V1).toHaveLength(6);
  expect(errors).toEqual([]);
  await visitor.close();
});

test("ticks survive a reload, belong to each role's plan, stay in this browser, and clear", async ({ page }) => {
  await ownResult(page);
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
  await page.getByRole("radio", { name: /^Data Scientist/ }).check();
  await expect(page.locator("[data-steps] input:checked")).toHaveCount(0);
  await page.getByRole("radio", { name: new RegExp(`^${roleNames.get(top)}`) }).check();
  await expect(page.locator("[data-steps] input:checked")).toHaveCount(2);

  await page.getByRole("button", { name: "Clear ticks" }).click();
  await expect(page.getByText("Ticks cleared.")).toBeVisible();
  await expect(page.locator("[data-steps] input:checked")).toHaveCount(0);
  expect(await page.evaluate((k) => localStorage.getItem(k), TICKS_KEY)).toBeNull();
  await page.reload();
  await expect(page.locator("[data-steps] input:checked")).toHaveCount(0);

  // Start over forgets the ticks with the answers.
  await boxes.nth(0).check();
  await page.getByRole("button", { name: "Start over" }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), TICKS_KEY)).toBeNull();
});

for (const [what, stored] of [
  ["from an older version of the quiz", JSON.stringify({ v: TICKS_VERSION - 1, bank: model.version, ticks: { "data-analyst": ["sql"] } })],
  ["from another bank", JSON.stringify({ v: TICKS_VERSION, bank: model.version + 1, ticks: {} })],
  ["broken", '{"v":1,"bank":1,"ticks":{"data-analyst":["<img src=x onerror=alert(1)>"]}'],
  ["not JSON", "<script>alert(1)</script>"],
] as const)
  test(`stored ticks ${what} are ignored with a friendly note, never a crash`, async ({ page }) => {
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
    await page.goto("/quiz/");
    await expect(page.locator("[data-ticks-note]")).toHaveText(/could not be read, perhaps because they come from an older version of the quiz/);
    await expect(page.locator("[data-steps] input:checked")).toHaveCount(0);
    await expect(page.locator("main img")).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), TICKS_KEY)).toBeNull();
    // Once dropped, the note does not come back.
    await page.reload();
    await expect(page.locator("[data-ticks-note]")).toBeEmpty();
    expect(errors).toEqual([]);
  });

test("the plan works from the keyboard alone: switch roles with the arrow keys, tick with Space", async ({ page }) => {
  await ownResult(page);
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

test("the printed result fits on at most two A4 or Letter pages, with links as URLs and no navigation or buttons, for the longest plans", async ({ page }) => {
  test.setTimeout(90_000);
  const longest = [...ROLE_IDS].sort((a, b) => buildPlan(model, ROLE_IDS.indexOf(b), buildProfile(model, decodeAnswersOk(LOWEST)).stated).steps.length - buildPlan(model, ROLE_IDS.indexOf(a), buildProfile(model, decodeAnswersOk(LOWEST)).stated).steps.length);
  for (const lang of ["", "/es"])
    for (const role of longest.slice(0, 3)) {
      await page.emulateMedia({ media: "screen" });
      await page.goto(`${lang}/quiz/?r=${LOWEST}.1${"abcdef"[PLAN_ROLES_V1.indexOf(role)]}`);
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
        console.log(`${lang || "/en"} ${role} ${format}: ${await steps(page).count()} steps, ${pages} pages`);
        expect(pages, `${lang || "en"} ${role} on ${format}`).toBeLessThanOrEqual(2);
      }
    }
});

function decodeAnswersOk(c: string): (number | null)[] {
  const r = decodeAnswers(model, c);
  if (!r.ok) throw new Error(c);
  return r.answers;
}

test("the method page explains the plan's order with a worked example computed from the data", async ({ page }) => {
  await page.goto("/quiz/how-it-works/");
  await expect(page.getByRole("heading", { level: 2, name: "How the plan is ordered" })).toBeVisible();
  const table = page.getByRole("table", { name: "The plan's steps for ML Engineer, in order" });
  const rows = await table.locator("tbody tr th").allTextContents();
  const example = buildProfile(
    model,
    decodeAnswersOk(
      `${model.version}.${"-".repeat(11)}ccbbacb`, // the page's experience answers: joins, pandas, tests, course, none, dashboards, read
    ),
  ).stated;
  const expected = buildPlan(model, ROLE_IDS.indexOf("ml-engineer"), example).steps.map((s) => skills.find((x) => x.id === s.skill)!.name);
  expect(rows).toEqual(expected);
  await expect(page.getByRole("table", { name: /How far these answers are from each role/ })).toBeVisible();
});

test("the skills page shows the five levels of every area, each with its own anchor", async ({ page }) => {
  await page.goto("/skills/");
  for (const s of skills)
    for (const l of LEVELS) await expect(page.locator(`[id="${s.id}-${l}"]`)).toContainText(s.levels[l]);
  await page.goto("/skills/#statistics-high");
  await expect(page.locator("#statistics-high")).toBeInViewport();
});

test("the plan fits a 320px wide screen without sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await ownResult(page, "/quiz/", "deep-learning-engineer");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
});

// The plan in Spanish at /es/quiz/: the same steps as in English for the same answers, in Spanish
// words (the level descriptions from content/i18n/es/skills.yaml), switching roles by their
// Spanish names with the address staying in /es/, every link in /es/, ticks kept across a reload
// and the note for unreadable ticks in Spanish; the Spanish method page and skills page.
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import es from "../../src/i18n/dictionaries/es/quiz";
import { fill } from "../../src/lib/i18n-format";
import { LEVELS } from "../../src/lib/levels";
import { buildPlan } from "../../src/lib/quiz/plan";
import { buildProfile } from "../../src/lib/quiz/profile";
import { scoreAnswers } from "../../src/lib/quiz/score";
import { decodeAnswers, encodeAnswers } from "../../src/lib/quiz/share-code";
import { STORAGE_KEY, TICKS_KEY } from "../../src/lib/quiz/storage";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import { CONTENT, translatedRoleNames } from "./support/articles";
import { loadModel } from "../unit/quiz-fixture";

const model = loadModel();
const N = model.questions.length;
const decoded = decodeAnswers(model, "1.acbabcadbcbccbbacb");
if (!decoded.ok) throw new Error("the test's answers no longer fit the bank");
const answers = decoded.answers;
const result = scoreAnswers(model, answers);
const stated = buildProfile(model, answers).stated;
const planOf = (role: RoleId) => buildPlan(model, ROLE_IDS.indexOf(role), stated);
const names = translatedRoleNames("es");
const esSkills = parse(readFileSync(`${CONTENT}/i18n/es/skills.yaml`, "utf8")) as { id: string; name: string; levels: Record<string, string> }[];

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return errors;
}

async function ownResult(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, JSON.stringify({ code: encodeAnswers(model, answers), step: N + 1 })]);
  await page.reload();
  await expect(page.locator("[data-result]")).toBeVisible();
}
const stepSkills = (page: Page) => page.locator("[data-steps] > li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-skill")));

test("the Spanish plan has the English plan's steps, in Spanish, and switching roles keeps the address in /es/", async ({ page, browser }) => {
  const errors = watchErrors(page);
  await ownResult(page, "/es/quiz/");
  const top = result.ranking[0]!;
  await expect(page.getByRole("heading", { level: 3, name: fill(es.result.planTitle, { role: names.get(top)! }) })).toBeVisible();
  await expect(page.getByRole("group", { name: es.result.switchLegend })).toBeVisible();
  await expect(page.getByRole("heading", { level: 4, name: es.result.stepsTitle })).toBeVisible();
  expect(await stepSkills(page)).toEqual(planOf(top).steps.map((s) => s.skill));

  // Switch by the Spanish name.
  await page.getByRole("radio", { name: new RegExp(`^${names.get("ml-engineer")}`) }).check();
  await expect(page.getByRole("heading", { level: 3, name: fill(es.result.planTitle, { role: names.get("ml-engineer")! }) })).toBeVisible();
  const url = new URL(page.url());
  expect(url.pathname).toBe("/es/quiz/");
  expect(url.searchParams.get("r")).toBe(encodeAnswers(model, answers, "ml-engineer"));
  expect(new URL(await page.getByLabel("Enlace a este resultado").inputValue()).pathname).toBe("/es/quiz/");
  await expect(page.locator("[data-plan-status]")).toHaveText(fill(es.client.plan.switched.other, { role: names.get("ml-engineer")!, n: String(planOf("ml-engineer").steps.length) }));
  const first = planOf("ml-engineer").steps[0]!;
  const skill = esSkills.find((s) => s.id === first.skill)!;
  const step = page.locator("[data-steps] > li").first();
  await expect(step.getByRole("checkbox")).toHaveAccessibleName(new RegExp(`^${skill.name}: el rol necesita .+; tus respuestas indican .+\\.$`));
  await expect(step).toContainText(`Siguiente nivel, ${["Bajo", "Básico", "Medio", "Alto", "Avanzado"][first.next - 1]}:`);
  await expect(step).toContainText(skill.levels[LEVELS[first.next - 1]!]!);
  await expect(page.getByText(es.client.plan.route.mine.other.split("{start}")[0]!)).toBeVisible();
  for (const href of await page.locator("[data-result] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
    expect(href, "a link in the Spanish plan").toMatch(/^\/es\//);
  // No English left in what the plan writes.
  const text = await page.locator("[data-plan]").innerText();
  for (const english of ["A plan for", "Next level", "Where to read", "the role needs", "Clear ticks", "All career paths", "Already at"]) expect(text).not.toContain(english);

  // The same link opened in English shows the same plan, for the same role.
  const other = await browser.newPage();
  await other.goto(`/quiz/${url.search}`);
  await expect(other.locator("[data-plan]")).toHaveAttribute("data-role", "ml-engineer");
  expect(await stepSkills(other)).toEqual(await stepSkills(page));
  await other.close();
  expect(errors).toEqual([]);
});

test("a Spanish shared link opens on the chosen role, without ticks", async ({ page }) => {
  await page.goto(`/es/quiz/?r=${encodeAnswers(model, answers, "data-engineer")}`);
  await expect(page.getByText(es.result.sharedNote)).toBeVisible();
  await expect(page.getByRole("radio", { name: new RegExp(`^${names.get("data-engineer")}`) })).toBeChecked();
  await expect(page.locator("[data-steps] input")).toHaveCount(0);
  await expect(page.locator("[data-steps] > li").first()).toContainText("las respuestas indican");
});

test("Spanish ticks survive a reload and clear, and unreadable ones get a note in Spanish", async ({ page }) => {
  await page.addInitScript(
    ([pk, pv, tk]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(pk!, pv!);
        localStorage.setItem(tk!, '{"v":0}');
        sessionStorage.setItem("seeded", "1");
      }
    },
    [STORAGE_KEY, JSON.stringify({ code: encodeAnswers(model, answers), step: N + 1 }), TICKS_KEY],
  );
  await page.goto("/es/quiz/");
  await expect(page.locator("[data-ticks-note]")).toHaveText(es.client.plan.ticksNote);
  await page.getByRole("checkbox").first().check();
  await page.reload();
  await expect(page.getByRole("checkbox").first()).toBeChecked();
  await expect(page.locator("[data-ticks-note]")).toBeEmpty();
  await page.getByRole("button", { name: es.result.clearTicks }).click();
  await expect(page.getByText(es.client.plan.cleared)).toBeVisible();
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(0);
});

test("the Spanish method page explains the plan's order, and the skills page shows each level in Spanish", async ({ page }) => {
  await page.goto("/es/quiz/how-it-works/");
  await expect(page.getByRole("heading", { level: 2, name: es.method.plan.heading })).toBeVisible();
  await expect(page.getByRole("table", { name: fill(es.planExample.caption, { role: names.get("ml-engineer")! }) })).toBeVisible();
  await expect(page.getByRole("link", { name: es.method.plan.skillsLink })).toHaveAttribute("href", "/es/skills/");
  await page.goto("/es/skills/");
  for (const s of esSkills) for (const l of LEVELS) await expect(page.locator(`[id="${s.id}-${l}"]`)).toContainText(s.levels[l]!);
  await expect(page.getByText(es.links.levelsHeading).first()).toBeVisible();
});

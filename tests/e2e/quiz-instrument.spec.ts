// The quiz as an instrument, in a real Chromium and in every language: the personas get the role
// they should (opened from share codes, which carry no language), equal scores are called a tie,
// and a close call offers tie-breakers that can be answered by keyboard and settle the pair.
import { PERSONAS } from "../fixtures/quiz-personas";
import { fill } from "../../src/lib/i18n-format";
import { answersFrom } from "../../src/lib/quiz/model";
import { scoreAnswers } from "../../src/lib/quiz/score";
import { encodeAnswers } from "../../src/lib/quiz/share-code";
import { serializeProgress, STORAGE_KEY } from "../../src/lib/quiz/storage";
import { tiebreakersFor } from "../../src/lib/quiz/tiebreak";
import { loadModel } from "../unit/quiz-fixture";
import { expect, test } from "./support/language";

const model = loadModel();
const ranking = async (page: import("@playwright/test").Page) => (await page.locator("[data-result]").getAttribute("data-ranking"))!.split(" ");

/** A seeded walk over answer sets until one is a close call that offers three tie-breakers. */
function closeCall(): (number | null)[] {
  let seed = 1;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
  for (;;) {
    const answers = model.questions.map((q) => Math.floor(next() * q.options.length));
    if (tiebreakersFor(model, scoreAnswers(model, answers)).length === 3) return answers;
  }
}

for (const persona of PERSONAS)
  test(`someone who ${persona.who} gets the expected ranking`, async ({ page, href }) => {
    const answers = answersFrom(model, persona.answers);
    // As the persona's own result: saved progress at the result step (a share link needs four answers,
    // and a persona may give one).
    await page.goto(href("/quiz/"));
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, serializeProgress(model, answers, model.questions.length + 1)]);
    await page.reload();
    await expect(page.locator("[data-result]")).toBeVisible();
    const order = await ranking(page);
    expect(order).toEqual(scoreAnswers(model, answers).ranking);
    if (persona.first) expect(order[0]).toBe(persona.first);
    if (persona.notFirst) expect(order[0]).not.toBe(persona.notFirst);
    if (persona.above) for (const below of persona.above[1]) expect(order.indexOf(persona.above[0])).toBeLessThan(order.indexOf(below));
  });

test("a close call offers its tie-breakers, which settle the pair by keyboard and travel in the link", async ({ page, href, t }) => {
  const published = (await (await page.request.get(href("/api/quiz.json"))).json()) as { tiebreakers: { id: string; options: { label: string }[] }[] };
  const answers = closeCall();
  const base = scoreAnswers(model, answers);
  const offered = tiebreakersFor(model, base);
  await page.goto(href("/quiz/"));
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, serializeProgress(model, answers, model.questions.length + 1)]);
  await page.reload();
  const box = page.getByRole("region", { name: t.quiz.result.tieTitle });
  await expect(box).toBeVisible();
  await expect(box.getByRole("group")).toHaveCount(3);
  // Every answer for the runner-up's side, chosen with the keyboard.
  const runner = base.ranking[1]!;
  for (const [k, i] of offered.entries()) {
    const tb = model.tiebreakers[i]!;
    const group = box.getByRole("group").nth(k);
    const side = tb.pair.indexOf(runner);
    const label = published.tiebreakers.find((x) => x.id === tb.id)!.options[side]!.label;
    await group.getByRole("radio").first().focus();
    if (side === 1) await page.keyboard.press("ArrowDown");
    else await page.keyboard.press("Space");
    await expect(group.getByRole("radio", { name: label })).toBeChecked();
  }
  await box.getByRole("button", { name: t.quiz.result.tieScore }).click();
  const ties = offered.map((i) => model.tiebreakers[i]!.pair.indexOf(runner));
  const expected = scoreAnswers(model, answers, offered.map((i, k) => [i, ties[k]!] as const)).ranking;
  await expect.poll(() => ranking(page)).toEqual(expected);
  expect(expected.indexOf(runner)).toBeLessThan(expected.indexOf(base.ranking[0]!));
  await expect(box.getByRole("status")).not.toBeEmpty();
  await expect(page).toHaveURL(new RegExp(`r=${encodeAnswers(model, answers, null, ties).replace(/\./g, "\\.")}`));
  // The link opens the settled result for anyone.
  const shared = await page.context().newPage();
  await shared.goto(`${href("/quiz/")}?r=${encodeAnswers(model, answers, null, ties)}`);
  await expect.poll(() => ranking(shared)).toEqual(expected);
});

test("equal shown scores are called a tie, not a close call of 0 points", async ({ page, href, t, content, named }) => {
  // A search over answer sets for equal shown scores at the top.
  let found: (number | null)[] | null = null;
  let seed = 5;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
  for (let k = 0; k < 20000 && !found; k++) {
    const a = model.questions.map((q) => (next() < 0.3 ? null : Math.floor(next() * q.options.length)));
    const r = scoreAnswers(model, a);
    if (r.tie && a.filter((x) => x !== null).length >= 4) found = a;
  }
  expect(found).not.toBeNull();
  const res = scoreAnswers(model, found!);
  await page.goto(`${href("/quiz/")}?r=${encodeAnswers(model, found!)}`);
  const runner = content.role(res.ranking[1]!);
  await expect(page.locator("[data-close]")).toHaveText(fill(t.quiz.client.tie, { ...named(runner), n: String(res.ranked[1]!.shown) }));
});

// The job-ad decoder in every language: paste an ad per role (from the labelled set's holdout
// split, read from the files now) and see the closest role, the highlights and a skill area's level;
// an off-topic ad and a unicorn; an ad in the other language; the quiz-held case; a shared link that
// carries no text; keyboard use; axe; offline; and no request that carries the ad's text.
import type { Page, Request } from "@playwright/test";
import { decodeAd, type Decoded } from "../../src/lib/decoder/reading";
import { fill, formatNumber } from "../../src/lib/i18n-format";
import { nameValues } from "../../src/lib/name-forms";
import { SHORT_WORDS } from "../../src/lib/decoder/constants";
import { serializeProgress, STORAGE_KEY } from "../../src/lib/quiz/storage";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import { loadLexicons } from "../../scripts/lib/decoder-content";
import { loadJobAds } from "../../scripts/lib/job-ads";
import { loadModel } from "../../scripts/lib/quiz-content";
import type { LabelledAd } from "../../src/lib/decoder/audit";
import { axeViolations } from "./support/axe";
import { expect, test, type Edition } from "./support/language";

const { lexicons, words } = loadLexicons();
const model = loadModel();
const ads = loadJobAds();
const decode = (ad: LabelledAd, pageLang: string): Decoded => decodeAd(ad.text, lexicons, words, pageLang, model);

/** For a role and language, the first holdout ad of the kind that the decoder reads as that role: the page must show what the library reads. */
function holdoutAd(lang: string, role: RoleId): LabelledAd {
  const found = ads.find((a) => a.lang === lang && a.split === "holdout" && a.kind === "normal" && a.role === role && (decode(a, lang) as { reading?: { ranking: RoleId[] } }).reading?.ranking[0] === role);
  if (!found) throw new Error(`no holdout ${lang} ad for ${role} that the decoder reads right (see bench/DECODER.md)`);
  return found;
}

const adBox = (page: Page, t: Edition["t"]) => page.getByRole("textbox", { name: t.decoder.form.label, exact: true });
const result = (page: Page) => page.locator("[data-result]");

async function paste(page: Page, t: Edition["t"], text: string): Promise<void> {
  await adBox(page, t).fill(text);
  await page.getByRole("button", { name: t.decoder.form.submit }).click();
}

test.describe("the job-ad decoder", () => {
  for (const role of ROLE_IDS)
    test(`reads a ${role} ad in the page's language as ${role}, with its highlights and levels`, async ({ page, lang, t, href, content }) => {
      const ad = holdoutAd(lang, role);
      const d = decode(ad, lang);
      if (d.status !== "ok") throw new Error(d.status);
      await page.goto(href("/decode/"));
      await paste(page, t, ad.text);
      await expect(result(page)).toBeVisible();
      await expect(result(page)).toHaveAttribute("data-ranking", d.reading.ranking.join(" "));
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(content.name(role)) })).toBeFocused();
      // Sentences name the role in their grammar ("al rol de analista de datos"), not as a title.
      const names = nameValues("role", content.role(role));
      await expect(page.locator("[data-announce]")).toHaveText(fill(t.decoder.client.status.done, names));
      await expect(page.getByRole("link", { name: fill(t.decoder.client.roleLink, names), exact: true })).toBeVisible();

      // Every phrase read is marked in the ad, each with its skill area in words, not colour alone.
      const marks = page.locator(".ad-text mark:not(.title)");
      await expect(marks).toHaveCount(d.evidence.mentions.length);
      const first = d.evidence.mentions[0]!;
      await expect(marks.first()).toContainText(ad.text.slice(first.start, first.end));
      await expect(marks.first().locator(".visually-hidden")).toHaveText(/\(.+\)/);

      // The area asked at the highest level, with that level in the page's words and the phrases that show it.
      const top = d.reading.levels.reduce((best, l, i) => (l > d.reading.levels[best]! ? i : best), 0);
      const area = content.skill(model.skills[top]!).name;
      const row = page.locator("[data-areas] tr").filter({ has: page.getByRole("rowheader", { name: area, exact: true }) });
      await expect(row.locator("td").first()).toContainText(t.common.levels[(["low", "basic", "medium", "high", "advanced"] as const)[d.reading.levels[top]! - 1]!]);
    });

  test("says an off-topic ad is not a data job, with no reading", async ({ page, lang, t, href }) => {
    const ad = ads.find((a) => a.lang === lang && a.kind === "off-topic" && decode(a, lang).status === "off-topic")!;
    await page.goto(href("/decode/"));
    await paste(page, t, ad.text);
    await expect(page.getByRole("status").filter({ hasText: t.decoder.client.status.offTopic })).toBeVisible();
    await expect(result(page)).toBeHidden();
  });

  test("says a short ad is too short to read", async ({ page, lang, t, href }) => {
    await page.goto(href("/decode/"));
    await paste(page, t, "Data Analyst\nSQL, Excel, dashboards. Remote.");
    await expect(page.locator("[data-notice]")).toHaveText(fill(t.decoder.client.status.short, { n: formatNumber(lang, 6), min: formatNumber(lang, SHORT_WORDS) }));
    await expect(result(page)).toBeHidden();
  });

  test("names a unicorn posting as such", async ({ page, lang, t, href }) => {
    const ad = ads.find((a) => a.lang === lang && a.kind === "unicorn")!;
    await page.goto(href("/decode/"));
    await paste(page, t, ad.text);
    await expect(page.locator("[data-unicorn]")).toHaveText(t.decoder.client.unicorn);
  });

  test("reads an ad in the other language with that language's lexicon, fetched on demand", async ({ page, lang, t, href, others }) => {
    const other = others[0]!;
    const ad = holdoutAd(other.lang, "data-engineer");
    const lexicons: string[] = [];
    page.on("request", (r) => /\/decoder\/\w+\.json$/.test(r.url()) && lexicons.push(new URL(r.url()).pathname));
    await page.goto(href("/decode/"));
    expect(lexicons).toEqual([]);
    await paste(page, t, ad.text);
    await expect(result(page)).toHaveAttribute("data-ranking", /^data-engineer /);
    expect(lexicons).toEqual([`/decoder/${other.lang}.json`]);
    await expect(page.locator("[data-announce]")).toContainText(fill(t.decoder.client.status.otherLexicon, { language: other.t.common.meta.name }));
    // A Spanish or English page never takes its own language's words for another language's.
    expect(lang).not.toBe(other.lang);
  });

  test("with a quiz result saved in the browser, shows how the answers fit the ad and the first steps", async ({ page, lang, t, href }) => {
    const answers = model.questions.map((q, i) => i % q.options.length);
    await page.goto(href("/decode/"));
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, serializeProgress(model, answers, model.questions.length + 1)]);
    await page.reload();
    await paste(page, t, holdoutAd(lang, "data-scientist").text);
    const you = page.getByRole("region", { name: t.decoder.result.youTitle });
    await expect(you).toContainText(t.decoder.client.you.fit.split("{n}")[0]!);
    await expect(you.getByRole("link", { name: t.decoder.client.you.plan })).toHaveAttribute("href", href("/quiz/"));
    // The steps link to what the next level looks like, on the site.
    await expect(you.locator(`a[href^="${href("/skills/")}#"]`).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("without a quiz result, offers the quiz", async ({ page, lang, t, href }) => {
    await page.goto(href("/decode/"));
    await paste(page, t, holdoutAd(lang, "data-analyst").text);
    const you = page.getByRole("region", { name: t.decoder.result.youTitle });
    await expect(you.getByRole("link", { name: t.decoder.client.you.take })).toHaveAttribute("href", href("/quiz/"));
  });

  test("shares a link that carries the reading and none of the ad's text, and refuses a damaged one", async ({ page, lang, t, href }) => {
    const ad = holdoutAd(lang, "ml-engineer");
    await page.goto(href("/decode/"));
    await paste(page, t, ad.text);
    const ranking = await result(page).getAttribute("data-ranking");
    const link = await page.locator("[data-share-url]").inputValue();
    expect(link).toMatch(new RegExp(`${href("/decode/")}\\?r=1\\.[0-9]{12}\\.[0-9]{12}\\.[a-f-]$`));
    await page.goto(link);
    await expect(page.locator("[data-shared]")).toHaveText(t.decoder.result.sharedNote);
    await expect(result(page)).toHaveAttribute("data-ranking", ranking!);
    const words = ad.text.split(/\s+/).filter((w) => w.length > 8).slice(0, 5);
    const shown = await page.locator("main").innerText();
    for (const w of words) expect(shown).not.toContain(w);

    await page.goto(`${href("/decode/")}?r=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
    await expect(page.locator("[data-notice]")).toHaveText(fill(t.decoder.client.codeNotice, { message: t.decoder.client.codeErrors.malformed }));
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(result(page)).toBeHidden();
  });

  test("sends nothing of the ad anywhere: every request is intercepted and checked", async ({ page, lang, t, href, others }) => {
    const seen: Request[] = [];
    await page.route("**/*", (route) => {
      seen.push(route.request());
      return route.continue();
    });
    const mine = holdoutAd(lang, "ai-engineer").text;
    const theirs = holdoutAd(others[0]!.lang, "deep-learning-engineer").text;
    await page.goto(href("/decode/"));
    await paste(page, t, mine);
    await expect(result(page)).toBeVisible();
    await paste(page, t, theirs);
    await expect(result(page)).toHaveAttribute("data-ranking", /^deep-learning-engineer /);
    await page.getByRole("button", { name: t.decoder.result.copy }).click();
    expect(seen.length).toBeGreaterThan(0);
    const snippets = [mine, theirs].flatMap((text) => text.split(/\n/).filter((l) => l.length > 30).slice(0, 4).map((l) => l.slice(0, 30)));
    for (const r of seen) {
      const carried = `${decodeURIComponent(r.url())}\n${r.postData() ?? ""}\n${JSON.stringify(r.headers())}`;
      for (const s of snippets) expect(carried, r.url()).not.toContain(s);
      expect(r.method(), r.url()).toBe("GET");
    }
    // Nothing of the ad is kept in the browser either.
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    for (const s of snippets) expect(stored).not.toContain(s);
  });

  test("works by keyboard alone: type, decode, and land on the reading", async ({ page, lang, t, href }) => {
    await page.goto(href("/decode/"));
    await adBox(page, t).focus();
    await page.keyboard.insertText(holdoutAd(lang, "data-engineer").text);
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: t.decoder.form.submit })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-result-title]")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.locator(":focus")).toHaveAttribute("href", /./);
  });

  for (const scheme of ["light", "dark"] as const)
    test(`is axe clean with a reading shown, in the ${scheme} scheme`, async ({ page, lang, t, href }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(href("/decode/"));
      await paste(page, t, holdoutAd(lang, "data-analyst").text);
      await expect(result(page)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await adBox(page, t).fill("");
      await paste(page, t, "");
      await expect(page.locator("[data-notice]")).toHaveText(t.decoder.client.status.empty);
      expect(await axeViolations(page)).toEqual([]);
    });

  test("works offline once visited, the other language's lexicon included", async ({ browser, lang, t, href, others }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ serviceWorkers: "allow" });
    const page = await context.newPage();
    const scope = href("/");
    await page.goto(scope);
    await expect
      .poll(() => page.evaluate(async (s) => (await navigator.serviceWorker.getRegistration(s))?.active?.state === "activated", scope), { timeout: 120_000 })
      .toBe(true);
    await context.setOffline(true);
    await page.goto(href("/decode/"));
    await paste(page, t, holdoutAd(lang, "data-scientist").text);
    await expect(result(page)).toHaveAttribute("data-ranking", /^data-scientist /);
    await paste(page, t, holdoutAd(others[0]!.lang, "data-analyst").text);
    await expect(result(page)).toHaveAttribute("data-ranking", /^data-analyst /);
    await context.close();
  });
});

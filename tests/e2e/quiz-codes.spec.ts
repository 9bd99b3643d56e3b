// Broken and hostile share codes: each shows the friendly message and the start of the quiz, with
// no page error, no dialog, and nothing from the URL written into the page; in Spanish at /es/quiz/.
import { expect, test } from "@playwright/test";
import en from "../../src/i18n/dictionaries/en/quiz";
import es from "../../src/i18n/dictionaries/es/quiz";
import { fill } from "../../src/lib/i18n-format";
import { MIN_ANSWERS } from "../../src/lib/quiz/constants";
import type { CodeError } from "../../src/lib/quiz/share-code";
import { loadBank, loadModel } from "../unit/quiz-fixture";

const model = loadModel();
const firstPrompt = loadBank().questions[0]!.prompt;
const N = model.questions.length;
const v = model.version;
const valid = "ab".repeat(N).slice(0, N);

/** [what it is, the raw query string after "?r="]; values are URL-encoded unless marked raw. */
const codes: [string, string][] = [
  ["empty", ""],
  ["a version alone", enc(`${v}`)],
  ["a version and a dot", enc(`${v}.`)],
  ["truncated by one answer", enc(`${v}.${valid.slice(0, -1)}`)],
  ["cut to half", enc(`${v}.${valid.slice(0, N / 2)}`)],
  ["one answer too many", enc(`${v}.${valid}a`)],
  ["the next bank version", enc(`${v + 1}.${valid}`)],
  ["version zero", enc(`0.${valid}`)],
  ["a huge version", enc(`99999999999999999999.${valid}`)],
  ["negative version", enc(`-1.${valid}`)],
  ["very long", enc(`${v}.${"a".repeat(5000)}`)],
  ["a script tag", enc("<script>alert(1)</script>")],
  ["an image with onerror", enc('"><img src=x onerror=alert(1)>')],
  ["a javascript: URL", enc("javascript:alert(document.cookie)")],
  ["an SVG onload", enc(`${v}.<svg onload=alert(1)>`)],
  ["HTML entities", enc(`${v}.&lt;b&gt;${valid}`)],
  ["accented letters", enc(`${v}.${"ä".repeat(N)}`)],
  ["emoji", enc(`${v}.${"😀".repeat(N)}`)],
  ["Cyrillic look-alikes", enc(`${v}.${"а".repeat(N)}`)],
  ["a right-to-left override", enc(`${v}.\u202e${valid.slice(1)}`)],
  ["zero-width spaces", enc(`${v}.\u200b${valid.slice(1)}`)],
  ["capital letters", enc(`${v}.${valid.toUpperCase()}`)],
  ["an answer past the last option", enc(`${v}.${"z".repeat(N)}`)],
  ["every question skipped", enc(`${v}.${"-".repeat(N)}`)],
  ["too few answers", enc(`${v}.abc${"-".repeat(N - 3)}`)],
  ["a NUL byte", enc(`${v}.${valid.slice(1)}\0`)],
  ["a newline inside", enc(`${v}.${valid.slice(0, 3)}\n${valid.slice(4)}`)],
  ["spaces", enc(`${v}. ${valid.slice(1)}`)],
  ["JSON", enc('{"answers":[0,1,2]}')],
  ["a path", enc("../../etc/passwd")],
  ["broken percent-encoding (raw)", "%E0%A4%A"],
  ["a lone percent sign (raw)", "%"],
];

function enc(s: string): string {
  return encodeURIComponent(s);
}

/** The notice the page shows for a refusal, in the words of a language's dictionary. */
function noticeText(t: typeof en | typeof es, error: CodeError): string {
  return fill(t.client.codeNotice, { message: fill(t.client.codeErrors[error], { n: MIN_ANSWERS }) });
}

test.describe("a broken or hostile share code", () => {
  test("list has at least twenty cases", () => {
    expect(codes.length).toBeGreaterThanOrEqual(20);
  });

  for (const [what, query] of codes)
    test(`${what}: shows the message and the start of the quiz`, async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("dialog", (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      await page.goto(`/quiz/?r=${query}`);
      const notice = page.locator("[data-notice]");
      await expect(notice).toBeVisible();
      const text = (await notice.textContent()) ?? "";
      const refusals = Object.keys(en.client.codeErrors) as CodeError[];
      expect(refusals.some((e) => text === noticeText(en, e)), text).toBe(true);
      await expect(page.getByText(`Question 1 of ${N}`)).toBeVisible();
      await expect(page.getByRole("group", { name: firstPrompt, exact: true })).toBeVisible();
      await expect(page.locator("[data-result]")).toBeHidden();
      // Nothing from the URL became markup: no images, no extra scripts or SVG in the page.
      await expect(page.locator("main img, main svg, main iframe, main script:not([type='application/json'], [src])")).toHaveCount(0);
      const html = await page.content();
      for (const marker of ["alert(", "onerror", "onload=", "passwd"]) expect(html).not.toContain(marker);
      expect(new URL(page.url()).search, "the bad code is dropped from the address").toBe("");
      expect(errors).toEqual([]);
    });
});

test.describe("a broken share code in Spanish", () => {
  const spanish: [string, string, CodeError][] = [
    ["empty", "", "empty"],
    ["the next bank version", enc(`${v + 1}.${valid}`), "version"],
    ["truncated by one answer", enc(`${v}.${valid.slice(0, -1)}`), "length"],
    ["a script tag", enc("<script>alert(1)</script>"), "malformed"],
    ["too few answers", enc(`${v}.abc${"-".repeat(N - 3)}`), "too-few"],
  ];
  for (const [what, query, error] of spanish)
    test(`${what}: explains it in Spanish and starts the Spanish quiz at /es/quiz/`, async ({ page }) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`/es/quiz/?r=${query}`);
      await expect(page.locator("[data-notice]")).toHaveText(noticeText(es, error));
      await expect(page.getByText(`Pregunta 1 de ${N}`)).toBeVisible();
      await expect(page.getByRole("button", { name: "Siguiente" })).toBeVisible();
      await expect(page.locator("[data-result]")).toBeHidden();
      const url = new URL(page.url());
      expect(url.pathname, "the address stays on the Spanish quiz").toBe("/es/quiz/");
      expect(url.search).toBe("");
      expect(errors).toEqual([]);
    });
});

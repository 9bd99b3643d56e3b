// A phone's first screen shows the page: at 375 x 812 the header stays short and every type of page
// has its heading on screen, in every language. The navigation folds behind a Menu disclosure
// (<details>, no script) that one tap or one key opens, that a screen reader hears as expanded or
// collapsed, and that works with JavaScript off; wider screens keep the links in view.
import { expect, test, type Page } from "@playwright/test";
import { languageFolders } from "../../src/i18n/language-folders";
import type { Dictionary } from "../../src/i18n/dictionary";
import { NAV } from "../../src/lib/site-config";
import { axeViolations } from "./support/axe";
import { sitemapPaths } from "./support/sitemap";

const PHONE = { width: 375, height: 812 };
/** The most a phone's header may take of the first screen, in CSS pixels. */
const MAX_HEADER = 100;

// English comes first and has unprefixed URLs; every other language lives under /<lang>/.
const [DEFAULT_LANG, ...OTHERS] = languageFolders();
const LANGS = [DEFAULT_LANG!, ...OTHERS];
const prefix = (lang: string) => (lang === DEFAULT_LANG ? "" : `/${lang}`);
const dictionaries = new Map<string, Dictionary["common"]>(
  await Promise.all(LANGS.map(async (lang) => [lang, (await import(`../../src/i18n/dictionaries/${lang}/common.ts`)).default] as const)),
);
const words = (lang: string) => dictionaries.get(lang)!;

// One page of each type, found in the built sitemap so new content never breaks the list.
const english = sitemapPaths().filter((p) => !OTHERS.some((l) => p.startsWith(`/${l}/`)));
const first = (pattern: RegExp) => {
  const found = english.find((p) => pattern.test(p));
  if (!found) throw new Error(`no page in the sitemap matches ${pattern}`);
  return found;
};
const PAGE_TYPES: Record<string, string> = {
  home: "/",
  "roles index": "/roles/",
  role: first(/^\/roles\/[^/]+\/$/),
  "compare index": "/compare/",
  comparison: first(/^\/compare\/[^/]+\/$/),
  skills: "/skills/",
  paths: "/paths/",
  "articles index": "/articles/",
  article: first(/^\/articles\/(?!tags\/)[^/]+\/$/),
  tag: first(/^\/articles\/tags\/[^/]+\/$/),
  quiz: "/quiz/",
  "quiz method": "/quiz/how-it-works/",
  search: "/search/",
  "job-ad decoder": "/decode/",
  "not found": "/404.html",
};

const header = (page: Page) => page.locator(".site-header");
const menu = (page: Page, lang: string) => header(page).getByText(words(lang).header.menu, { exact: true });
const nav = (page: Page, lang: string) => page.getByRole("navigation", { name: words(lang).nav.label });

/** What assistive technology is told of the Menu button: its role, name and whether it is expanded. */
async function announced(page: Page, lang: string) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const node = nodes.find((n) => n.role?.value === "DisclosureTriangle" && n.name?.value === words(lang).header.menu);
  await cdp.detach();
  return node && { role: node.role!.value, expanded: node.properties?.find((p) => p.name === "expanded")?.value.value };
}

for (const lang of LANGS) {
  test.describe(`${lang}: on a 375 x 812 phone`, () => {
    test.use({ viewport: PHONE });

    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      test(`the ${type} page's header is at most ${MAX_HEADER}px tall and its h1 starts on the first screen`, async ({ page }) => {
        await page.goto(prefix(lang) + path);
        const box = (await header(page).boundingBox())!;
        expect(box.height, `${prefix(lang) + path} header height`).toBeLessThanOrEqual(MAX_HEADER);
        const h1 = (await page.getByRole("heading", { level: 1 }).boundingBox())!;
        expect(h1.y, `${prefix(lang) + path} h1 top`).toBeGreaterThanOrEqual(box.y + box.height);
        expect(h1.y, `${prefix(lang) + path} h1 top`).toBeLessThan(PHONE.height);
      });
    }

    test("one tap on Menu shows every navigation link, each to its page in the language", async ({ page }) => {
      await page.goto(prefix(lang) + "/skills/");
      await expect(nav(page, lang)).toBeHidden();
      expect(await announced(page, lang)).toEqual({ role: "DisclosureTriangle", expanded: false });
      await menu(page, lang).click();
      await expect(nav(page, lang)).toBeVisible();
      expect(await announced(page, lang)).toEqual({ role: "DisclosureTriangle", expanded: true });
      for (const item of NAV) {
        await expect(nav(page, lang).getByRole("link", { name: words(lang).nav[item.key], exact: true })).toHaveAttribute("href", prefix(lang) + item.href);
      }
      await expect(nav(page, lang).getByRole("link", { name: words(lang).nav.skills, exact: true })).toHaveAttribute("aria-current", "page");
      await nav(page, lang).getByRole("link", { name: words(lang).nav.paths, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${prefix(lang)}/paths/$`));
      // Opened menus do not follow the reader: the next page starts folded again.
      await expect(nav(page, lang)).toBeHidden();
    });

    test("the keyboard reaches Menu, opens it and follows a link", async ({ page }) => {
      await page.goto(prefix(lang) + "/");
      const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
      for (let i = 0; i < 10 && (await focused()) !== words(lang).header.menu; i++) await page.keyboard.press("Tab");
      expect(await focused()).toBe(words(lang).header.menu);
      // The focus ring shows where the keyboard is.
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
      await page.keyboard.press("Enter");
      await expect(nav(page, lang)).toBeVisible();
      await page.keyboard.press("Tab");
      await expect(nav(page, lang).getByRole("link", { name: words(lang).nav.roles, exact: true })).toBeFocused();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${prefix(lang)}/roles/$`));
      // Space closes it again, as it does any disclosure.
      await page.goto(prefix(lang) + "/");
      await menu(page, lang).focus();
      await page.keyboard.press("Space");
      await expect(nav(page, lang)).toBeVisible();
      await page.keyboard.press("Space");
      await expect(nav(page, lang)).toBeHidden();
    });

    test("the open menu passes axe in light and dark", async ({ page }) => {
      await page.goto(prefix(lang) + "/roles/");
      await menu(page, lang).click();
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), colorScheme).toEqual([]);
      }
    });
  });

  test(`${lang}: the menu works with JavaScript off`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto(prefix(lang) + "/articles/");
    await expect(nav(page, lang)).toBeHidden();
    await menu(page, lang).click();
    await expect(nav(page, lang).getByRole("link", { name: words(lang).nav.quiz, exact: true })).toBeVisible();
    await context.close();
  });

  test(`${lang}: a desktop screen shows the links and no Menu button`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(prefix(lang) + "/");
    await expect(menu(page, lang)).toBeHidden();
    for (const item of NAV) await expect(nav(page, lang).getByRole("link", { name: words(lang).nav[item.key], exact: true })).toBeVisible();
  });
}

// The frame every page shares: skip link, theme toggle, narrow screens, print, 404, meta tags.
import { expect, test } from "@playwright/test";
import { sitemapPaths } from "./support/sitemap";

test("the skip link is the first stop for keyboard users and moves focus to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test.describe("theme", () => {
  test.use({ colorScheme: "light" });

  test("the toggle switches to dark, is remembered, and the next page starts dark", async ({ page }) => {
    await page.goto("/");
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(darkBg).not.toBe(lightBg);

    // No flash: the remembered theme is on <html> before the parser reaches <body>, and the
    // stylesheet blocks the first paint, so the first frame is already dark.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset["theme"] ?? "";
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto("/skills/");
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe("dark");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBg);
    await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");
  });

  test("a stored value that is not a theme is ignored", async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem("theme", '"><img src=x onerror=alert(1)>'));
    page.on("dialog", () => { throw new Error("a dialog opened"); });
    await page.goto("/");
    expect(await page.evaluate(() => document.documentElement.dataset["theme"] ?? "")).toBe("");
  });
});

test("without JavaScript the theme toggle is not shown", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Dark theme" })).toBeHidden();
  await context.close();
});

test("every page fits a 320px wide screen without sideways scrolling", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${path} (${overflow}px too wide)`);
  }
  expect(wide).toEqual([]);
});

test("print drops the navigation and keeps the content", async ({ page }) => {
  await page.goto("/");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("an unknown address gets the 404 page with links onward", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  await expect(page.getByRole("link", { name: "Take the quiz" })).toBeVisible();
});

test("each page's canonical URL and share tags use the configured site address", async ({ page }) => {
  await page.goto("/skills/");
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(canonical).toMatch(/^https?:\/\/[^/]+\/skills\/$/);
  expect(await page.locator('meta[property="og:url"]').getAttribute("content")).toBe(canonical);
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toBeTruthy();
  expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toMatch(/^https?:\/\//);
});

// Offline after one visit: the service workers precache each language's pages, so pages never
// opened, the quiz, search and the not-found page all work with the network gone. A rebuild
// that changes one article updates that entry alone, and the next navigation shows it.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./support/chromium";
import { DIST } from "./support/sitemap";
import { serveStatic } from "./support/static-server";

/** Loads `scope`, waits for its language's worker to be installed and active, and reloads so it controls the page. */
async function install(page: Page, scope: string): Promise<void> {
  await page.goto(scope);
  await expect
    .poll(() => page.evaluate(async (s) => {
      const reg = await navigator.serviceWorker.getRegistration();
      return !!reg && new URL(reg.scope).pathname === s && reg.active?.state === "activated";
    }, scope), { timeout: 60_000 })
    .toBe(true);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? "")).toMatch(new RegExp(`${scope}sw\\.js$`));
}

test.describe("offline", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test("pages never opened, the quiz, search and the not-found page work with no network", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await install(page, "/");
    await install(page, "/es/");
    await context.setOffline(true);

    for (const [path, heading] of [
      ["/roles/data-engineer/", /Data Engineer/],
      ["/articles/large-language-models-explained/", /./],
      ["/es/compare/data-analyst-vs-data-engineer/", /Analista de datos/],
      ["/skills/", /./],
      ["/paths/", /./],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    }

    // The whole quiz, scored and shared, offline.
    await page.goto("/quiz/");
    const questions = page.locator("fieldset[data-question]");
    const count = await questions.count();
    for (let i = 0; i < count; i++) {
      await page.locator("fieldset[data-question]:not([hidden])").getByRole("radio").first().check();
      await page.getByRole("button", { name: "Next" }).click();
    }
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(page.locator("[data-result]")).toBeVisible();
    const shared = await page.locator("[data-share-url]").inputValue();
    expect(shared).toMatch(/\/quiz\/\?r=/);
    await page.goto(shared);
    await expect(page.locator("[data-result]")).toBeVisible();

    // Search answers from the precached index.
    await page.goto("/search/?q=Airflow");
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("link").first()).toBeVisible();
    await page.goto("/es/search/?q=Airflow");
    await expect(page.getByRole("list", { name: "Resultados de la búsqueda" }).getByRole("link").first()).toBeVisible();

    // Addresses the site does not have: the not-found page in the address's language.
    await page.goto("/no-such-page/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    await page.goto("/es/no-existe/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos esa página");
    await context.close();
  });

  test("a rebuild with one article changed updates that entry alone, shown after a navigation", async ({ browser }) => {
    const copy = mkdtempSync(join(tmpdir(), "offline-site-"));
    cpSync(DIST, copy, { recursive: true });
    const server = await serveStatic(copy);
    try {
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      await install(page, "/");
      const article = "/articles/large-language-models-explained/";
      const file = join(copy, "articles/large-language-models-explained/index.html");
      const html = readFileSync(file, "utf8");
      const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!;
      // The second build: one article's heading changed, the workers generated again.
      writeFileSync(file, html.replace(`>${heading}</h1>`, `>${heading} (revised)</h1>`));
      execFileSync(process.execPath, ["--import", "./scripts/register-ts.mjs", "scripts/service-worker.ts", copy], { env: { ...process.env, SW_LANGS: "en" } });
      server.requests.length = 0;

      // The next check finds the new worker; once installed, the page tells it to take over.
      const takenOver = page.evaluate(() => new Promise<void>((resolve) => navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true })));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/"))!.update());
      await takenOver;
      await page.goto("/skills/");
      await page.goto(article);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${heading} (revised)`);
      // Only the changed page came over the network (besides the worker script itself).
      expect(server.requests.filter((p) => !/\/sw\.js$/.test(p))).toEqual([`${article}index.html`]);
      await context.close();
    } finally {
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

test.describe("installable", () => {
  for (const [path, lang, start] of [
    ["/", "en", "/"],
    ["/es/", "es", "/es/"],
  ] as const) {
    test(`${path}: Chromium finds nothing stopping an install, and the manifest is the language's`, async ({ request, baseURL }) => {
      // Playwright's usual contexts are incognito, where Chromium never offers an install.
      const profile = mkdtempSync(join(tmpdir(), "install-profile-"));
      const executablePath = findChromium();
      const context = await chromium.launchPersistentContext(profile, { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}), ...(baseURL ? { baseURL } : {}) });
      const page = await context.newPage();
      await page.goto(path);
      const href = await page.locator('link[rel="manifest"]').getAttribute("href");
      const manifest = (await (await request.get(href!)).json()) as Record<string, unknown>;
      expect(manifest).toMatchObject({ lang, start_url: start, scope: start, display: "standalone" });
      const cdp = await page.context().newCDPSession(page);
      const { installabilityErrors } = (await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: unknown[] };
      expect(installabilityErrors).toEqual([]);
      const icons = manifest["icons"] as { src: string; sizes: string; purpose: string }[];
      expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
      for (const icon of icons) expect((await request.get(icon.src)).headers()["content-type"]).toBe("image/png");
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    });
  }
});

// Offline after one visit: the service workers precache each language's frame, its pages but the
// articles outside the newest and the lists' later pages, and the newest articles, so pages never
// opened, the quiz and the not-found page work with the network gone, and search answers what was
// searched for before. An article outside the precache is served once read, and until then says,
// in its language, that it is not here yet, linking to the ones that are. A rebuild that changes
// one article updates that entry alone, and the next navigation shows it.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findTestChromium } from "../../scripts/lib/chromium";
import { DIST, sitemapPaths } from "./support/sitemap";
import { serveStatic } from "../../scripts/lib/static-server";
import { keepPage } from "../../src/lib/precache";
import { LANGS } from "./support/langs";

/** The articles a language's offline page names (its links marked data-precached), by slug. */
function precachedArticles(dist: string, prefix: string): string[] {
  const html = readFileSync(join(dist, prefix, "offline", "index.html"), "utf8");
  return [...html.matchAll(/<a data-precached href="[^"]*\/articles\/([^/"]+)\/"/g)].map((m) => m[1]!);
}

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

/** Every URL in Cache Storage, by cache name, as paths (a precached URL's revision parameter dropped). */
function cached(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const all: Record<string, string[]> = {};
    for (const name of await caches.keys()) all[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return all;
  });
}

/** The pages among cached paths: an address ending in "/" (a page cached as read) or a precached index.html. */
const pagesIn = (paths: string[]) => [...new Set(paths.filter((p) => p.endsWith("/") || p.endsWith(".html")).map((p) => p.replace(/index\.html$/, "")))].sort();

/** A Spanish file: under /es/, or Pagefind's Spanish index and WebAssembly (pagefind/index/es_*, wasm.es.pagefind). */
const spanishFile = (p: string) => p.startsWith("/es/") || /^\/pagefind\/(.*[/.])?es[_.]/.test(p);

test.describe("offline", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test("pages never opened, the quiz, search and the not-found page work with no network", async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: "allow" });
    const page = await context.newPage();
    await install(page, "/");
    await install(page, "/es/");
    // Online once, the searches the offline part repeats.
    for (const [path, name] of [["/search/?q=Airflow", "Search results"], ["/es/search/?q=Airflow", "Resultados de la búsqueda"]] as const) {
      await page.goto(path);
      await expect(page.getByRole("list", { name }).getByRole("link").first()).toBeVisible();
    }
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

    // Search answers a search made online before: the index's chunks it used were kept.
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
      const context = await browser.newContext({ baseURL: server.url, serviceWorkers: "allow" });
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

  test("an article outside the precache is served once read, and until then says so in its language, linking to the ones that are", async ({ browser }) => {
    // A copy of the site whose workers precache one article: what a site of many articles does to
    // all but its newest (the offline page names what the workers precache).
    const copy = mkdtempSync(join(tmpdir(), "offline-site-"));
    cpSync(DIST, copy, { recursive: true });
    const [kept, left] = precachedArticles(copy, "");
    for (const prefix of ["", "es"]) {
      const file = join(copy, prefix, "offline", "index.html");
      writeFileSync(file, readFileSync(file, "utf8").replace(/<li><a data-precached href="[^"]*\/articles\/([^/"]+)\/"[^<]*<\/a><\/li>/g, (li, slug: string) => (slug === kept ? li : "")));
    }
    execFileSync(process.execPath, ["--import", "./scripts/register-ts.mjs", "scripts/service-worker.ts", copy]);
    const server = await serveStatic(copy);
    try {
      const context = await browser.newContext({ baseURL: server.url, serviceWorkers: "allow" });
      const page = await context.newPage();
      for (const [scope, heading, lang] of [["/", "This page is not available offline yet", "en"], ["/es/", "Esta página aún no está disponible sin conexión", "es"]] as const) {
        await install(page, scope);
        const all = Object.values(await cached(page)).flat();
        expect(pagesIn(all)).toContain(`${scope}articles/${kept}/`);
        expect(pagesIn(all)).not.toContain(`${scope}articles/${left}/`);

        // Never opened: the offline page, in the page's language, at the article's address...
        await context.setOffline(true);
        await page.goto(`${scope}articles/${left}/`);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        await expect(page).toHaveURL(new RegExp(`${scope}articles/${left}/$`));
        // ...whose links lead to an article that is here.
        const link = page.locator("main").getByRole("link").first();
        await expect(link).toHaveAttribute("href", `${scope}articles/${kept}/`);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`${scope}articles/${kept}/$`));
        await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(heading);

        // Read once online, it is kept.
        await context.setOffline(false);
        await page.goto(`${scope}articles/${left}/`);
        const title = await page.getByRole("heading", { level: 1 }).textContent();
        await context.setOffline(true);
        await page.goto(scope);
        await page.goto(`${scope}articles/${left}/`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(title!);
        await context.setOffline(false);
      }
      await context.close();
    } finally {
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test("with Save-Data on, nothing is precached: the pages read are kept as they are read, and only they open offline", async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: "allow" });
    const page = await context.newPage();
    // Chromium reports Save-Data through navigator.connection, which the inline script reads before
    // it picks a worker: report it on, before any of the page's scripts run.
    await page.addInitScript(() => Object.defineProperty(navigator, "connection", { value: { saveData: true }, configurable: true }));
    await page.goto("/");
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === "activated"), { timeout: 60_000 })
      .toBe(true);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.active!.scriptURL)).toMatch(/\/sw-save-data\.js$/);

    // The page read before its worker existed is kept too, with no reload: a visitor who goes
    // offline after reading one page still has that page. No other page, and no precache.
    await expect.poll(async () => pagesIn(Object.values(await cached(page)).flat()), { timeout: 15_000 }).toEqual(["/"]);
    expect(Object.keys(await cached(page)).filter((name) => name.includes("precache"))).toEqual([]);

    // Offline, the page opens again whole (its stylesheets come from the cache as well)...
    await context.setOffline(true);
    const failed: string[] = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/data and AI careers/);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw-save-data\.js$/);
    expect(failed).toEqual([]);
    // ...and a page never read is not there at all: the lite worker precaches not even a
    // not-found page, so the browser shows its own offline error.
    await expect(page.goto("/roles/data-engineer/")).rejects.toThrow(/ERR_FAILED|ERR_INTERNET_DISCONNECTED/);

    // Read online once, a page is kept from then on.
    await context.setOffline(false);
    await page.goto("/roles/data-engineer/");
    await context.setOffline(true);
    await page.goto("/");
    await page.goto("/roles/data-engineer/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Data Engineer/);
    expect(pagesIn(Object.values(await cached(page)).flat())).toEqual(["/", "/roles/data-engineer/"]);
    await context.close();
  });

  test("each language's worker downloads its own language's pages, the other language's only once visited", async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: "allow" });
    const page = await context.newPage();
    const pages = sitemapPaths();
    const english = pages.filter((p) => !p.startsWith("/es/"));
    const spanish = pages.filter((p) => p.startsWith("/es/"));

    // Every page the worker precaches: all but the articles outside the newest and the lists' later pages.
    const precached = (paths: string[], prefix: string) => {
      const newest = new Set(precachedArticles(DIST, prefix));
      return paths.filter((p) => keepPage(`${p.slice(1)}index.html`, newest, LANGS));
    };
    await install(page, "/");
    const afterEnglish = Object.values(await cached(page)).flat();
    // Every English page it precaches is cached (so the next check looks at a full cache, not an empty one)...
    expect(precached(english, "").filter((p) => !pagesIn(afterEnglish).includes(p))).toEqual([]);
    // ...and not one Spanish file, precached or cached on the way.
    expect(afterEnglish.filter(spanishFile)).toEqual([]);

    await install(page, "/es/");
    const caches = await cached(page);
    const [name, inPrecache] = Object.entries(caches).find(([n]) => n.startsWith("dcg-es-precache")) ?? ["", []];
    expect(name, "the Spanish worker's precache").not.toBe("");
    expect(precached(spanish, "es").filter((p) => !pagesIn(inPrecache).includes(p))).toEqual([]);
    expect(inPrecache.some((p) => p.startsWith("/pagefind/wasm.es")), "the Spanish search runtime").toBe(true);
    // The Spanish worker leaves English pages to English's.
    expect(pagesIn(inPrecache).filter((p) => !p.startsWith("/es/"))).toEqual([]);
    await context.close();
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
      const executablePath = findTestChromium();
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

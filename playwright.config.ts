import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findTestChromium } from "./scripts/lib/chromium";
import { LANGS } from "./tests/e2e/support/langs";

const port = Number(process.env["E2E_PORT"] ?? 4399);
const executablePath = findTestChromium();
// Specs that check the site as a whole (a sweep of every page, feeds, headers, the offline copy)
// or loop over every language themselves: they run once, in the first language's project. Every
// other spec is written once against the language fixtures (tests/e2e/support/language.ts) and
// runs in each language's project.
const ONCE = /\/(every-page|languages|layout|offline|quiz-a11y|quiz-budget|quiz-codes|rss|search|security|structured-data)\.spec\.ts$/;
const LAYOUT_SHIFT = /\/layout-shift\.spec\.ts$/;

export default defineConfig<object, { lang: string }>({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env["CI"],
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    // Every page registers its language's service worker once loaded, which then fetches about 140
    // files (3.3 MB) to precache: in every test's fresh context, that was most of the machine's
    // work. Only the offline tests (tests/e2e/offline.spec.ts) let workers run.
    serviceWorkers: "block",
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [
    // One project per language the dictionaries define (src/i18n/dictionaries/<lang>/).
    ...LANGS.map((lang, i) => ({ name: lang, use: { ...devices["Desktop Chrome"], lang }, testIgnore: i === 0 ? [LAYOUT_SHIFT] : [LAYOUT_SHIFT, ONCE] })),
    // Layout shifts are measured last, on a machine the other tests have left:
    // how far a browser gets before it paints depends on the machine's load.
    { name: "layout-shift", use: { ...devices["Desktop Chrome"] }, testMatch: LAYOUT_SHIFT, dependencies: [...LANGS] },
  ],
  // Serves the built site (npm run build first); the tests never run against the dev server.
  // --ignore-lock: Astro allows one tracked preview per project, and a contributor's own
  // `npm start` must not stop the tests from starting theirs.
  webServer: {
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env["CI"],
    timeout: 60_000,
  },
});

import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findTestChromium } from "./scripts/lib/chromium";

const port = Number(process.env["E2E_PORT"] ?? 4399);
const executablePath = findTestChromium();

export default defineConfig({
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
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: /layout-shift\.spec\.ts/ },
    // Layout shifts are measured last, on a machine the other tests have left:
    // how far a browser gets before it paints depends on the machine's load.
    { name: "layout-shift", use: { ...devices["Desktop Chrome"] }, testMatch: /layout-shift\.spec\.ts/, dependencies: ["chromium"] },
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

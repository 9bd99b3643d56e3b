// The Content-Security-Policy and the other security headers: every page carries the policy ahead of
// its first script, the policy allows nothing from other origins, no inline script but the hashed
// ones and no inline style at all, dist/_headers carries the same policy, and the quiz and search run
// under it (as a <meta> and as the header) without a violation or a request to another host.
import { expect, test, type Page } from "@playwright/test";
import { foreignSources, headerPolicy, metaPolicy, parseCsp } from "../../src/lib/security";
import { headerRules, headersFor, serveWithHeaders } from "./support/headers";
import { sitemapPaths } from "./support/sitemap";

const paths = sitemapPaths();

/** Records CSP violations the page reports, as events and as console messages. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportViolation: (v: string) => void }).reportViolation;
    document.addEventListener("securitypolicyviolation", (e) => report(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`));
  });
  page.on("console", (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
  return violations;
}

/** Requests that leave this machine's test server. */
function watchRequests(page: Page): string[] {
  const away: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (["data:", "blob:", "about:"].includes(url.protocol)) return;
    if (url.hostname !== "127.0.0.1") away.push(r.url());
  });
  return away;
}

async function runSearch(page: Page, query: string): Promise<void> {
  await page.goto("/search/");
  await page.getByRole("searchbox", { name: /Search the roles/ }).fill(query);
  await expect(page.getByRole("status")).toHaveText(/pages? match/, { timeout: 15_000 }); // the first search loads Pagefind
}

async function answerOneQuestion(page: Page): Promise<void> {
  await page.goto("/quiz/");
  const group = page.locator("fieldset[data-question]:not([hidden])");
  await group.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(/^Question 2 of/)).toBeVisible();
}

test("every page carries one policy, ahead of its first script: scripts by hash or from this site only, no inline styles", async ({ request }) => {
  expect(paths.length).toBeGreaterThan(1);
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const policy = metaPolicy(html);
    expect(policy, `${path} has a <meta> Content-Security-Policy`).not.toBeNull();
    expect(html.match(/http-equiv="content-security-policy"/gi), `${path} has one policy`).toHaveLength(1);
    expect(html.search(/http-equiv="content-security-policy"/i), `${path}: the policy precedes every script`).toBeLessThan(html.indexOf("<script"));
    const directives = parseCsp(policy!);
    for (const [name, sources] of directives) expect(sources, `${path} ${name}`).not.toContain("'unsafe-inline'");
    expect(directives.get("style-src-attr"), `${path} style-src-attr`).toEqual(["'none'"]);
    expect(directives.get("script-src"), `${path} script-src`).toContain("'self'");
    expect(directives.get("default-src"), `${path} default-src`).toEqual(["'self'"]);
    expect(directives.get("object-src"), `${path} object-src`).toEqual(["'none'"]);
    expect(foreignSources(policy!), `${path} names no other origin`).toEqual([]);
  }
});

test("dist/_headers sends each page's own policy, with frame-ancestors and the other security headers", async ({ request }) => {
  expect(headerRules().length).toBeGreaterThan(0);
  for (const path of paths) {
    const headers = headersFor(path);
    const policy = metaPolicy(await (await request.get(path)).text())!;
    expect(headers["Content-Security-Policy"], `${path} header policy`).toBe(headerPolicy(policy));
    expect(parseCsp(headers["Content-Security-Policy"]!).get("frame-ancestors"), path).toEqual(["'none'"]);
    expect(headers["X-Content-Type-Options"], path).toBe("nosniff");
    expect(headers["Referrer-Policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["Permissions-Policy"], path).toMatch(/camera=\(\)/);
  }
});

// Every page, in both colour schemes, is also loaded under its policy by the every-page sweep
// (every-page.spec.ts), which fails on any violation the page reports and on any request to another host.

for (const delivery of ["meta", "header"] as const)
  test.describe(`under the policy as a ${delivery}`, () => {
    test.beforeEach(async ({ page }) => {
      if (delivery === "header") await serveWithHeaders(page);
    });

    test("the quiz takes an answer without a violation", async ({ page }) => {
      const away = watchRequests(page);
      const violations = await watchViolations(page);
      await answerOneQuestion(page);
      expect(violations).toEqual([]);
      expect(away).toEqual([]);
    });

    test("search finds pages without a violation", async ({ page }) => {
      const away = watchRequests(page);
      const violations = await watchViolations(page);
      const response = page.waitForResponse((r) => r.url().endsWith("/search/"));
      await runSearch(page, "data");
      if (delivery === "header") expect((await response).headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
      await expect(page.getByRole("list", { name: "Search results" }).getByRole("link").first()).toBeVisible();
      expect(violations).toEqual([]);
      expect(away).toEqual([]);
    });

    test("the theme script still runs: the toggle appears and works", async ({ page }) => {
      const violations = await watchViolations(page);
      await page.goto("/");
      const toggle = page.getByRole("button", { name: "Dark theme" });
      const before = await toggle.getAttribute("aria-pressed");
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-pressed", before === "true" ? "false" : "true");
      expect(violations).toEqual([]);
    });
  });

test("robots.txt allows crawling and names the sitemap on the site's own address", async ({ page, request }) => {
  await page.goto("/");
  const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!);
  const response = await request.get("/robots.txt");
  expect(response.ok()).toBe(true);
  const lines = (await response.text()).split("\n");
  expect(lines).toContain(`Sitemap: ${new URL("/sitemap-index.xml", canonical.origin).href}`);
  expect(lines).toContain("User-agent: *");
  expect(lines).not.toContain("Disallow: /");
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CSP_DIRECTIVES,
  FRAME_ANCESTORS,
  cspConfig,
  cspHash,
  foreignSources,
  headerPolicy,
  headersFile,
  headersFor,
  finishPage,
  hoistCspMeta,
  isFinished,
  metaPolicy,
  pagePath,
  parseCsp,
  trimInlineStyles,
} from "../../src/lib/security";
import { THEME_SCRIPT } from "../../src/scripts/theme-script";

const policy = "default-src 'self'; script-src 'self' 'sha256-abc='; style-src-attr 'none'";

describe("the policy Astro is given", () => {
  it("keeps scripts to this origin and hashes, with no 'unsafe-inline' and no other origin", () => {
    const config = cspConfig([THEME_SCRIPT]);
    expect(config.scriptDirective.resources).not.toContain("'unsafe-inline'");
    expect(config.scriptDirective.resources).toContain("'self'");
    expect(config.scriptDirective.hashes).toEqual([cspHash(THEME_SCRIPT)]);
    expect(foreignSources(CSP_DIRECTIVES.join("; "))).toEqual([]);
    expect(CSP_DIRECTIVES.some((d) => d.startsWith("frame-ancestors"))).toBe(false);
  });

  it("allows no inline styles: style attributes none at all, <style> only from this origin or by hash", () => {
    const styles = cspConfig([]).styleDirective.resources;
    expect(styles.map((s) => s.resource)).not.toContain("'unsafe-inline'");
    expect(styles.filter((s) => s.kind === "attribute")).toEqual([{ resource: "'none'", kind: "attribute" }]);
  });

  it("writes the theme script without surrounding whitespace, so the W3C checker's hash matches the browser's", () => {
    expect(THEME_SCRIPT).toBe(THEME_SCRIPT.trim());
  });

  it("hashes text the way browsers check an inline script", () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(cspHash("alert(1)")).toBe("sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
  });
});

describe("policies as text", () => {
  it("parses directives and finds sources from other origins", () => {
    expect(parseCsp(policy).get("script-src")).toEqual(["'self'", "'sha256-abc='"]);
    expect(foreignSources(policy)).toEqual([]);
    expect(foreignSources("img-src 'self' https://cdn.example.com data:; connect-src *")).toEqual(["https://cdn.example.com", "*"]);
  });

  it("adds frame-ancestors to the header form and keeps everything else", () => {
    const header = parseCsp(headerPolicy(policy));
    expect([...header.keys()]).toEqual([...parseCsp(policy).keys(), FRAME_ANCESTORS.split(" ")[0]]);
    expect(header.get("frame-ancestors")).toEqual(["'none'"]);
    expect(header.get("script-src")).toEqual(parseCsp(policy).get("script-src"));
  });

  it("reads a page's <meta> policy with its entities decoded", () => {
    const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head>`;
    expect(metaPolicy(html)).toBe("script-src 'self'");
    expect(metaPolicy("<head></head>")).toBeNull();
  });
});

describe("moving the <meta> policy ahead of the inline script", () => {
  const meta = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;
  const html = `<html><head>\n<meta charset="utf-8">\n<script>theme()</script>\n${meta}\n</head><body></body></html>`;

  it("puts it right after <meta charset>, once", () => {
    const out = hoistCspMeta(html);
    expect(out.indexOf(meta)).toBeGreaterThan(out.indexOf("<meta charset"));
    expect(out.indexOf(meta)).toBeLessThan(out.indexOf("<script>"));
    expect(out.split(meta)).toHaveLength(2);
    expect(hoistCspMeta(out)).toBe(out);
  });

  it("leaves a page without a policy alone", () => {
    const stub = `<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/x/">`;
    expect(hoistCspMeta(stub)).toBe(stub);
  });
});

describe("inline style blocks", () => {
  it("are trimmed, and their hashes in the policy follow, so browsers and the Nu checker agree", () => {
    const css = "a{color:red}\n";
    const html = `<meta http-equiv="content-security-policy" content="style-src 'self' &#39;${cspHash(css)}&#39;"><style>${css}</style><style>b{}</style>`;
    const out = trimInlineStyles(html);
    expect(out).toContain("<style>a{color:red}</style><style>b{}</style>");
    expect(metaPolicy(out)).toBe(`style-src 'self' '${cspHash("a{color:red}")}'`);
    expect(trimInlineStyles(out)).toBe(out);
  });
});

describe("a finished page", () => {
  const css = "a{color:red}\n";
  const page = `<html><head>\n<meta charset="utf-8">\n<script>theme()</script>\n<meta http-equiv="content-security-policy" content="style-src &#39;${cspHash(css)}&#39;">\n<style>${css}</style></head><body></body></html>`;

  it("has its styles trimmed and its policy hoisted, and is recognised as finished", () => {
    expect(isFinished(page)).toBe(false);
    const out = finishPage(page);
    expect(out).toBe(hoistCspMeta(trimInlineStyles(page)));
    expect(isFinished(out)).toBe(true);
    expect(finishPage(out)).toBe(out);
  });

  it("is not taken for finished with only one of the two done", () => {
    expect(isFinished(hoistCspMeta(page))).toBe(false);
    expect(isFinished(trimInlineStyles(page))).toBe(false);
  });
});

describe("the _headers file", () => {
  const base = readFileSync("public/_headers", "utf8");

  it("public/_headers gives every page the security headers and forbids framing", () => {
    expect(headersFor(base, "/*")).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": expect.stringContaining("camera=()"),
      "X-Frame-Options": "DENY",
    });
  });

  it("refuses a base file whose last rule is not for every path", () => {
    expect(() => headersFile("/only/\n  X-Frame-Options: DENY\n", [{ path: "/", policy }])).toThrow(/public\/_headers.*"\/\*"/);
  });

  it("maps built files to their URLs", () => {
    expect(pagePath("index.html")).toBe("/");
    expect(pagePath("roles/data-engineer/index.html")).toBe("/roles/data-engineer/");
    expect(pagePath("404.html")).toBe("/404.html");
  });

  it("puts one shared policy beside the base file's headers on every path", () => {
    const text = headersFile(base, [{ path: "/", policy }, { path: "/skills/", policy }]);
    expect(text.startsWith(base.trimEnd())).toBe(true);
    expect(headersFor(text, "/*")).toMatchObject({ "X-Content-Type-Options": "nosniff", "Content-Security-Policy": headerPolicy(policy) });
    expect(text).toContain(`  Content-Security-Policy: ${headerPolicy(policy)}\n`);
    expect(text.match(/^\s+Content-Security-Policy:/gm)).toHaveLength(1);
  });

  it("gives each page its own rule when policies differ, never two policies for one path", () => {
    const other = `${policy}; img-src 'self'`;
    const text = headersFile(base, [{ path: "/b/", policy: other }, { path: "/a/", policy }]);
    const rules = text.trim().split("\n\n");
    expect(headersFor(text, "/*")["Content-Security-Policy"]).toBeUndefined();
    expect(rules.slice(0, -2).join("\n\n")).toBe(base.trimEnd());
    expect(rules.slice(-2)).toEqual([
      `/a/\n  Content-Security-Policy: ${headerPolicy(policy)}`,
      `/b/\n  Content-Security-Policy: ${headerPolicy(other)}`,
    ]);
  });
});

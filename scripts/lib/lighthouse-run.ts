// One Lighthouse run (mobile defaults) on a Chromium that chrome-launcher starts with the flags the
// browser tests use; shared by npm run lighthouse and npm run bench -- --anchor.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CATEGORIES, type Sample } from "../bench/lighthouse";
import { CHROMIUM_ARGS } from "./chromium";

export type Chrome = Awaited<ReturnType<typeof chromeLauncher.launch>>;

export function launchChrome(chromePath: string): Promise<Chrome> {
  return chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, "--headless=new"] });
}

/** Lighthouse's four category scores and its LCP, TBT, CLS and byte weight for one load of `url`. */
export async function measure(chrome: Chrome, url: string): Promise<Sample> {
  const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message} (${url})`);
  const audit = (id: string) => {
    const v = lhr.audits[id]?.numericValue;
    if (typeof v !== "number") throw new Error(`Lighthouse: no ${id} for ${url}`);
    return v;
  };
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)])) as Sample["scores"],
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    bytes: audit("total-byte-weight"),
    missed: CATEGORIES.filter((c) => c !== "performance").flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}: ${ref.id}`),
    ),
  };
}

// Guards the figures bench/DECODER.md reports: the audit on the labelled ads in this checkout must
// give what the report says, within a tolerance, so a change to the lexicon or the rules that moves
// them shows up here until `npm run decoder:audit` is run again. And the set must stay the size the
// issue asks for, with the targets met on the whole set.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditDecoder, DECODER_TARGETS, missedTargets } from "../../src/lib/decoder/audit";
import { ROLE_IDS } from "../../src/lib/roles";
import { guardedFigures } from "../../scripts/decoder-audit";
import { loadJobAds } from "../../scripts/lib/job-ads";
import { lexicons, model, words } from "./decoder-fixture";

/** How far a rate may move from the reported one before the report must be written again. */
const TOLERANCE = 0.03;

const ads = loadJobAds();
const report = auditDecoder(ads, lexicons, words, model);
const reported = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(readFileSync("bench/DECODER.md", "utf8"))![1]!) as ReturnType<typeof guardedFigures>;

describe("the labelled job ads", () => {
  it("hold at least 10 ads per role in English and 4 in Spanish, and a few off-topic, unicorn and short ones", () => {
    for (const [lang, least] of [["en", 10], ["es", 4]] as const)
      for (const role of ROLE_IDS) expect(ads.filter((a) => a.lang === lang && a.role === role).length, `${lang} ${role}`).toBeGreaterThanOrEqual(least);
    for (const kind of ["off-topic", "unicorn", "short", "mismatched-title"] as const) expect(ads.filter((a) => a.kind === kind).length, kind).toBeGreaterThan(0);
  });
});

describe("the decoder audit", () => {
  it("gives the figures bench/DECODER.md reports, within the tolerance", () => {
    const now = guardedFigures(report);
    for (const split of ["dev", "holdout", "all"] as const) {
      expect(now[split].ads, `${split}: ads`).toBe(reported[split].ads);
      for (const k of ["top1", "top2"] as const)
        expect(Math.abs(now[split][k] - reported[split][k]) / now[split].ads, `${split} ${k}: ${now[split][k]} now, ${reported[split][k]} reported`).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it("meets the targets on the project's whole set: top-1, top-2 and every role's top-1", () => {
    expect(missedTargets(report, "all")).toEqual([]);
    expect(report.splits.all.top1 / report.splits.all.ads).toBeGreaterThanOrEqual(DECODER_TARGETS.top1);
  });

  it("gives the ads that are not data jobs, or too short, a message rather than a reading", () => {
    const handledAs = (kind: "off-topic" | "short", outcome: string) =>
      Object.values(report.handling[kind]).reduce((n, h) => n + (h.outcomes[outcome] ?? 0), 0) / Object.values(report.handling[kind]).reduce((n, h) => n + h.ads, 0);
    expect(handledAs("short", "short")).toBe(1);
    expect(handledAs("off-topic", "off-topic")).toBeGreaterThanOrEqual(0.75);
    expect(report.outcomes.filter((o) => o.ad.kind === "unicorn").every((o) => o.status === "ok" && o.unicorn)).toBe(true);
  });
});

// "You and this ad": the saved quiz answers against the ad's levels, by the quiz's own arithmetic:
// a fit that follows the shape of the ad, the readiness and gaps of the stated experience, and the
// plan's steps toward the levels the ad asks for, in the plan's order.
import { describe, expect, it } from "vitest";
import { adNeeds, youAndAd } from "../../src/lib/decoder/you";
import { comparePlanSteps } from "../../src/lib/quiz/plan";
import { profileOf } from "../../src/lib/quiz/score";
import { model } from "./decoder-fixture";

const i = (area: string) => model.skills.indexOf(area);
/** An ad asking for SQL and visualization at High, communication at Medium. */
const levels = model.skills.map(() => 0);
levels[i("sql")] = 4;
levels[i("data-visualization")] = 4;
levels[i("business-communication")] = 3;

describe("you and this ad", () => {
  it("counts an area the ad does not ask for as Low", () => {
    expect(adNeeds(levels)[i("deep-learning")]).toBe(1);
    expect(adNeeds(levels)[i("sql")]).toBe(4);
  });

  it("fits answers that lean where the ad leans better than answers that lean away", () => {
    const toward = model.skills.map((s) => (["sql", "data-visualization", "business-communication"].includes(s) ? 1 : -0.5));
    const away = toward.map((x) => -x);
    const fit = (values: number[]) => youAndAd(model, profileOf(values), levels);
    expect(fit(toward).shown).toBeGreaterThan(70);
    expect(fit(away).shown).toBeLessThan(30);
    expect(fit(toward).shown).toBe(Math.round(fit(toward).score));
  });

  it("has no readiness and no steps without experience answers", () => {
    const you = youAndAd(model, profileOf(model.skills.map(() => 0)), levels);
    expect(you.readiness).toBeNull();
    expect(you.steps).toEqual([]);
  });

  it("lists steps only for the areas the ad asks for, in the plan's order", () => {
    const stated = model.skills.map(() => 2 as number | null);
    stated[i("business-communication")] = 3;
    const you = youAndAd(model, { ...profileOf(model.skills.map(() => 0)), stated }, levels);
    expect(you.steps.map((s) => s.skill).sort()).toEqual(["data-visualization", "sql"]);
    expect([...you.steps].sort(comparePlanSteps)).toEqual(you.steps);
    // Short by 2 + 2 levels of the 3 + 3 + 2 the ad asks above Low.
    expect(you.readiness).toBe(50);
    expect(you.gaps.map((g) => g.skill).sort()).toEqual(["data-visualization", "sql"]);
  });
});

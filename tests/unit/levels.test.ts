// The one mapping from the matrix's level words to numbers: what charts, the API and the quiz use.
import en from "../../src/i18n/dictionaries/en/common";
import { describe, expect, it } from "vitest";
import { LEVELS, MAX_VALUE, MIN_VALUE, isLevel, levelLabel, levelNumber, toRange } from "../../src/lib/levels";

describe("level mapping", () => {
  it("numbers the five words 1 to 5 in rising order", () => {
    expect(LEVELS).toEqual(["low", "basic", "medium", "high", "advanced"]);
    expect(LEVELS.map(levelNumber)).toEqual([1, 2, 3, 4, 5]);
    expect([MIN_VALUE, MAX_VALUE]).toEqual([1, 5]);
  });

  it("gives a single level the same min and max, valued at its number", () => {
    expect(toRange("high")).toEqual({ min: "high", max: "high", value: 4 });
    expect(toRange("low")).toEqual({ min: "low", max: "low", value: 1 });
  });

  it("values a range at its midpoint, so Basic–Medium sits between Basic and Medium", () => {
    expect(toRange(["basic", "medium"])).toEqual({ min: "basic", max: "medium", value: 2.5 });
    expect(toRange(["low", "medium"]).value).toBe(2);
    for (const a of LEVELS)
      for (const b of LEVELS.filter((l) => levelNumber(l) >= levelNumber(a))) {
        const v = toRange([a, b]).value;
        expect(v).toBeGreaterThanOrEqual(levelNumber(a));
        expect(v).toBeLessThanOrEqual(levelNumber(b));
      }
  });

  it("writes levels as the matrix does: capitalised, ranges with an en dash", () => {
    expect(levelLabel(toRange("advanced"), en.levels)).toBe("Advanced");
    expect(levelLabel(toRange(["basic", "medium"]), en.levels)).toBe("Basic–Medium");
    expect(levelLabel(toRange(["low", "medium"]), en.levels)).toBe("Low–Medium");
  });

  it("recognises only the five words, in lower case", () => {
    expect(LEVELS.every(isLevel)).toBe(true);
    for (const x of ["High", "expert", "", 3, null, undefined]) expect(isLevel(x)).toBe(false);
  });
});

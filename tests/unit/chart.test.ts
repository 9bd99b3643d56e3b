import { describe, expect, it } from "vitest";
import { gapBar } from "../../src/lib/chart";
import { MAX_VALUE, MIN_VALUE } from "../../src/lib/levels";

describe("gapBar", () => {
  const widest = MAX_VALUE - MIN_VALUE;

  it("grows from the centre toward the leading side, in proportion to the gap", () => {
    expect(gapBar(widest / 2, "right")).toEqual({ x: 50, width: 25 });
    expect(gapBar(widest / 2, "left")).toEqual({ x: 25, width: 25 });
    expect(gapBar(0.5, "right").width).toBe((0.5 / widest) * 50);
  });

  it("reaches the edge at the widest gap and never passes it", () => {
    expect(gapBar(widest, "left")).toEqual({ x: 0, width: 50 });
    expect(gapBar(widest + 1, "right")).toEqual({ x: 50, width: 50 });
    expect(gapBar(0, "left")).toEqual({ x: 50, width: 0 });
  });
});

// "Copy a link to this reading": the code carries the profile (levels and strengths per area) and
// the role the title names, never the ad's text; it is versioned, and any other input is refused
// with a reason, never a crash.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeProfile, encodeProfile, MAX_AD_CODE_LENGTH, TITLE_ROLES_V1 } from "../../src/lib/decoder/share-code";
import { decodeAd } from "../../src/lib/decoder/reading";
import { ROLE_IDS } from "../../src/lib/roles";
import { lexicons, model, words } from "./decoder-fixture";

const AREAS = 12;
const profile = { levels: [4, 3, 0, 0, 5, 0, 2, 4, 0, 0, 0, 0], strengths: [7, 4, 1, 0, 9, 1, 2, 6, 0, 0, 0, 1], titleRole: "data-analyst" as const };

describe("the share code", () => {
  it("writes the version, a level and a strength per area, and the title's role", () => {
    expect(encodeProfile(profile)).toBe("1.430050240000.741091260001.a");
    expect(encodeProfile({ ...profile, titleRole: null })).toBe("1.430050240000.741091260001.-");
  });

  it("reads back what it wrote, for any profile", () => {
    const arb = fc.record({
      levels: fc.array(fc.constantFrom(0, 2, 3, 4, 5), { minLength: AREAS, maxLength: AREAS }),
      strengths: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: AREAS, maxLength: AREAS }).filter((s) => s.some((x) => x > 0)),
      titleRole: fc.constantFrom(null, ...ROLE_IDS),
    });
    fc.assert(
      fc.property(arb, (p) => {
        expect(decodeProfile(encodeProfile(p), AREAS)).toEqual({ ok: true, profile: p });
      }),
    );
  });

  it("letters the roles in a fixed list, so a new role order cannot change what a code means", () => {
    expect(TITLE_ROLES_V1).toEqual(["data-analyst", "data-scientist", "ml-engineer", "data-engineer", "deep-learning-engineer", "ai-engineer"]);
  });

  it("carries nothing of the ad's text", () => {
    const ad = `Data Analyst at Quillfeather Books
You will build dashboards in Tableau for our stakeholders, write SQL queries, track KPIs and present findings every month to the board.
Strong SQL and Excel; experience with Python is a plus. You will answer ad hoc requests from marketing and finance every week.`;
    const d = decodeAd(ad, lexicons, words, "en", model);
    if (d.status !== "ok") throw new Error(d.status);
    const code = encodeProfile(d.reading);
    expect(code).toMatch(/^1\.[0-9]{12}\.[0-9]{12}\.[a-f-]$/);
    expect(code.toLowerCase()).not.toMatch(/quill|tableau|sql|analyst/);
  });

  it("refuses damaged, foreign and hostile input with a reason, and never throws", () => {
    const cases: [unknown, string][] = [
      [null, "empty"],
      ["", "empty"],
      [42, "empty"],
      ["1.".padEnd(MAX_AD_CODE_LENGTH + 1, "0"), "too-long"],
      ["<script>alert(1)</script>", "malformed"],
      ["1.430050240000.741091260001.z", "malformed"],
      ["1.430050240000.741091260001", "malformed"],
      ["1.130050240000.741091260001.a", "malformed"],
      ["1.630050240000.741091260001.a", "malformed"],
      ["2.430050240000.741091260001.a", "version"],
      ["1.43005024000.741091260001.a", "length"],
      ["1.430050240000.000000000000.a", "nothing"],
      ["1.430050240000.741091260001.a&x=<b>", "malformed"],
    ];
    for (const [input, error] of cases) expect(decodeProfile(input, AREAS), String(input)).toEqual({ ok: false, error });
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => decodeProfile(s, AREAS)).not.toThrow();
      }),
    );
  });
});

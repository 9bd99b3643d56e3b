// Tie-breakers: offered only for a close call, never more than three, chosen by the pair alone; the
// answers join the profile and travel in the share code.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_TIEBREAKERS } from "../../src/lib/quiz/constants";
import { scoreAnswers } from "../../src/lib/quiz/score";
import { decodeAnswers, encodeAnswers } from "../../src/lib/quiz/share-code";
import { tieAnswers, tiebreakersFor, tiebreakersForPair } from "../../src/lib/quiz/tiebreak";
import { ROLE_IDS } from "../../src/lib/roles";
import { loadModel } from "./quiz-fixture";

const model = loadModel();
const anyAnswers = fc.tuple(...model.questions.map((q) => fc.option(fc.nat(q.options.length - 1), { freq: 5 })));
const anyRole = fc.constantFrom(...ROLE_IDS);
/** Answer sets whose result is a close call that offers tie-breakers. */
const closeCalls = fc
  .sample(anyAnswers, { numRuns: 3000, seed: 11 })
  .filter((a) => tiebreakersFor(model, scoreAnswers(model, a)).length > 0)
  .slice(0, 60);

describe("which tie-breakers a result offers", () => {
  it("none unless the result is a close call, and never more than three", () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const res = scoreAnswers(model, a);
        const offered = tiebreakersFor(model, res);
        expect(offered.length).toBeLessThanOrEqual(MAX_TIEBREAKERS);
        if (!res.closeCall) expect(offered).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("only those written for exactly the two roles at the top", () => {
    fc.assert(
      fc.property(anyRole, anyRole, (a, b) => {
        for (const i of tiebreakersForPair(model, a, b)) expect([...model.tiebreakers[i]!.pair].sort()).toEqual([a, b].sort());
        if (a === b) expect(tiebreakersForPair(model, a, b)).toEqual([]);
      }),
    );
  });

  it("the same questions whichever of the two leads: the pair's order decides nothing else", () => {
    fc.assert(
      fc.property(anyRole, anyRole, (a, b) => {
        expect(tiebreakersForPair(model, a, b)).toEqual(tiebreakersForPair(model, b, a));
      }),
    );
  });

  it("covers the pairs most often confused: each has three", () => {
    const pairs: [string, string][] = [
      ["deep-learning-engineer", "ai-engineer"],
      ["ml-engineer", "ai-engineer"],
      ["ml-engineer", "data-engineer"],
      ["data-scientist", "ml-engineer"],
      ["data-scientist", "deep-learning-engineer"],
      ["data-analyst", "data-scientist"],
    ];
    for (const [a, b] of pairs) expect(tiebreakersForPair(model, a as never, b as never), `${a} vs ${b}`).toHaveLength(MAX_TIEBREAKERS);
  });

  it("finds close calls to test on", () => {
    expect(closeCalls.length).toBeGreaterThan(20);
  });
});

describe("answering them", () => {
  it("skipping every tie-breaker leaves the result exactly as it was", () => {
    for (const a of closeCalls) {
      const offered = tiebreakersFor(model, scoreAnswers(model, a));
      expect(scoreAnswers(model, a, tieAnswers(offered, offered.map(() => null)))).toEqual(scoreAnswers(model, a));
    }
  });

  it("answering all of them for one side puts that side above the other", () => {
    for (const a of closeCalls) {
      const res = scoreAnswers(model, a);
      const offered = tiebreakersFor(model, res);
      for (const side of [0, 1]) {
        const favoured = model.tiebreakers[offered[0]!]!.pair[side]!;
        const other = model.tiebreakers[offered[0]!]!.pair[1 - side]!;
        const again = scoreAnswers(model, a, tieAnswers(offered, offered.map(() => side)));
        expect(again.ranking.indexOf(favoured)).toBeLessThan(again.ranking.indexOf(other));
      }
    }
  });

  it("travel in the share code, which opens on the same result", () => {
    for (const a of closeCalls) {
      const offered = tiebreakersFor(model, scoreAnswers(model, a));
      const ties = offered.map((_, k) => (k === 1 ? null : k % 2));
      const code = encodeAnswers(model, a, null, ties);
      expect(code).toMatch(/\.t[a-z-]+$/);
      const back = decodeAnswers(model, code);
      expect(back).toEqual({ ok: true, answers: a, role: null, ties });
      if (back.ok) expect(scoreAnswers(model, back.answers, tieAnswers(offered, back.ties))).toEqual(scoreAnswers(model, a, tieAnswers(offered, ties)));
    }
  });

  it("a code whose tie-breaker field does not fit its answers is refused, not guessed", () => {
    const clear = model.questions.map(() => 0);
    const offered = tiebreakersFor(model, scoreAnswers(model, clear));
    const field = "a".repeat(offered.length + 1);
    expect(decodeAnswers(model, `${encodeAnswers(model, clear)}.t${field}`)).toEqual({ ok: false, error: "malformed" });
    const close = closeCalls[0]!;
    const n = tiebreakersFor(model, scoreAnswers(model, close)).length;
    expect(decodeAnswers(model, `${encodeAnswers(model, close)}.t${"z".repeat(n)}`)).toEqual({ ok: false, error: "option" });
  });
});

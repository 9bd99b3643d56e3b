// Share codes and saved progress: round trips, strict refusal of anything else, never a throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIN_ANSWERS } from "../../src/lib/quiz/constants";
import en from "../../src/i18n/dictionaries/en/quiz";
import es from "../../src/i18n/dictionaries/es/quiz";
import { MAX_CODE_LENGTH, decodeAnswers, encodeAnswers, type CodeError } from "../../src/lib/quiz/share-code";
import { parseProgress, serializeProgress } from "../../src/lib/quiz/storage";
import { loadModel } from "./quiz-fixture";

const model = loadModel();
const N = model.questions.length;
const anyAnswers = fc.tuple(...model.questions.map((q) => fc.option(fc.nat(q.options.length - 1), { freq: 5 })));
const enough = anyAnswers.filter((a) => a.filter((x) => x !== null).length >= MIN_ANSWERS);
const v = model.version;

describe("share codes", () => {
  it("write the version, a dot and one character per question", () => {
    const answers = model.questions.map((_, i) => (i % 3 === 2 ? null : i % 2));
    const code = encodeAnswers(model, answers);
    expect(code).toMatch(new RegExp(`^${v}\\.[a-z-]{${N}}$`));
    expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    expect(code.slice(`${v}.`.length, `${v}.`.length + 3)).toBe("ab-");
  });

  it("read back exactly what was written", () => {
    fc.assert(
      fc.property(enough, (a) => {
        expect(decodeAnswers(model, encodeAnswers(model, a))).toEqual({ ok: true, answers: a });
      }),
    );
  });

  const full = "a".repeat(N);
  const cases: [string, unknown, CodeError][] = [
    ["nothing", "", "empty"],
    ["not a string", 42, "empty"],
    ["too long", `${v}.${"a".repeat(MAX_CODE_LENGTH)}`, "too-long"],
    ["no dot", `${v}${full}`, "malformed"],
    ["capitals", `${v}.${full.toUpperCase()}`, "malformed"],
    ["markup", `${v}.<script>alert(1)</script>`, "malformed"],
    ["leading zero", `0${v}.${full}`, "malformed"],
    ["another version", `${v + 1}.${full}`, "version"],
    ["truncated", `${v}.${full.slice(1)}`, "length"],
    ["padded", `${v}.${full}a`, "length"],
    ["an option past the last", `${v}.${"z".repeat(N)}`, "option"],
    ["too few answers", `${v}.${"a".repeat(MIN_ANSWERS - 1)}${"-".repeat(N - MIN_ANSWERS + 1)}`, "too-few"],
    ["unicode look-alikes", `${v}.${"а".repeat(N)}`, "malformed"],
  ];
  for (const [what, input, error] of cases)
    it(`refuse ${what}`, () => {
      expect(decodeAnswers(model, input)).toEqual({ ok: false, error });
    });

  it("never throw, and accept only well-formed codes of this version", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "binary-ascii" }), fc.anything()), (input) => {
        const res = decodeAnswers(model, input);
        if (res.ok) {
          expect(input).toMatch(new RegExp(`^${v}\\.[a-z-]{${N}}$`));
          expect(res.answers).toHaveLength(N);
        }
      }),
    );
  });

  it("have a message for every refusal in every language, which never contains the code", () => {
    const errors = [...new Set(cases.map(([, , error]) => error))].sort();
    for (const messages of [en.client.codeErrors, es.client.codeErrors]) {
      expect(Object.keys(messages).sort()).toEqual(errors);
      for (const message of Object.values(messages)) {
        expect(message.length).toBeGreaterThan(20);
        expect(message).not.toMatch(/[<>]/);
      }
      expect(messages["too-few"]).toContain("{n}");
    }
  });
});

describe("saved progress", () => {
  it("reads back the answers and the step", () => {
    fc.assert(
      fc.property(anyAnswers, fc.nat(N + 1), (a, step) => {
        expect(parseProgress(model, serializeProgress(model, a, step))).toEqual({ answers: a, step });
      }),
    );
  });

  const junk: [string, string | null][] = [
    ["nothing stored", null],
    ["not JSON", "{oops"],
    ["a number", "42"],
    ["an array", "[1,2]"],
    ["JSON null", "null"],
    ["a foreign object", JSON.stringify({ theme: "dark" })],
    ["another bank version", JSON.stringify({ code: `${v + 1}.${"a".repeat(N)}`, step: 2 })],
    ["a step past the result", JSON.stringify({ code: `${v}.${"a".repeat(N)}`, step: N + 2 })],
    ["a fractional step", JSON.stringify({ code: `${v}.${"a".repeat(N)}`, step: 1.5 })],
    ["a step as text", JSON.stringify({ code: `${v}.${"a".repeat(N)}`, step: "2" })],
    ["a huge value", "x".repeat(5000)],
  ];
  for (const [what, raw] of junk)
    it(`discards ${what}`, () => {
      expect(parseProgress(model, raw)).toBeNull();
    });

  it("never throws on anything stored", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.json()), (raw) => {
        const saved = parseProgress(model, raw);
        if (saved) expect(saved.answers).toHaveLength(N);
      }),
    );
  });
});

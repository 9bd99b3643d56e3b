// Share codes, saved progress and the plan's ticks: round trips, the plan's role as a versioned
// field (older codes still open), strict refusal of anything else, never a throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MIN_ANSWERS } from "../../src/lib/quiz/constants";
import en from "../../src/i18n/dictionaries/en/quiz";
import es from "../../src/i18n/dictionaries/es/quiz";
import { ROLE_IDS } from "../../src/lib/roles";
import { MAX_CODE_LENGTH, PLAN_FIELD_VERSION, PLAN_ROLES_V1, decodeAnswers, encodeAnswers, type CodeError } from "../../src/lib/quiz/share-code";
import { TICKS_VERSION, parseProgress, parseTicks, serializeProgress, serializeTicks } from "../../src/lib/quiz/storage";
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
        expect(decodeAnswers(model, encodeAnswers(model, a))).toEqual({ ok: true, answers: a, role: null, ties: [] });
      }),
    );
  });

  it("carry the plan's role in a versioned field, and read it back", () => {
    fc.assert(
      fc.property(enough, fc.constantFrom(...ROLE_IDS), (a, role) => {
        const code = encodeAnswers(model, a, role);
        expect(code).toBe(`${encodeAnswers(model, a)}.${PLAN_FIELD_VERSION}${"abcdef"[PLAN_ROLES_V1.indexOf(role)]}`);
        expect(code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
        expect(decodeAnswers(model, code)).toEqual({ ok: true, answers: a, role, ties: [] });
      }),
    );
  });

  it("letter the roles in the field's own fixed order, which covers every role", () => {
    expect([...PLAN_ROLES_V1].sort()).toEqual([...ROLE_IDS].sort());
    const answers = model.questions.map(() => 0);
    expect(encodeAnswers(model, answers, "ml-engineer")).toBe(`${v}.${"a".repeat(N)}.1c`);
    expect(encodeAnswers(model, answers, null)).toBe(`${v}.${"a".repeat(N)}`);
  });

  it("open a code made before the plan existed on the best fit (no role)", () => {
    const old = `${v}.${"ab".repeat(N).slice(0, N)}`; // the format every earlier link has
    const res = decodeAnswers(model, old);
    expect(res).toEqual({ ok: true, answers: model.questions.map((_, i) => i % 2), role: null, ties: [] });
  });

  it("ignore a plan field of a later version, which this page cannot read, and still open the answers", () => {
    const res = decodeAnswers(model, `${v}.${"a".repeat(N)}.2c`);
    expect(res).toEqual({ ok: true, answers: model.questions.map(() => 0), role: null, ties: [] });
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
    ["a role letter past the last role", `${v}.${full}.1z`, "malformed"],
    ["a plan field without a version", `${v}.${full}.c`, "malformed"],
    ["a plan field with two letters", `${v}.${full}.1cc`, "malformed"],
    ["an empty plan field", `${v}.${full}.`, "malformed"],
    ["a plan field with version 0", `${v}.${full}.0c`, "malformed"],
    ["a role named in full", `${v}.${full}.ml-engineer`, "malformed"],
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
          expect(input).toMatch(new RegExp(`^${v}\\.[a-z-]{${N}}(\\.[1-9][0-9]?[a-z])?$`));
          expect(res.answers).toHaveLength(N);
          if (res.role !== null) expect(ROLE_IDS).toContain(res.role);
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
  it("reads back the answers, the step and the plan's role", () => {
    fc.assert(
      fc.property(anyAnswers, fc.nat(N + 1), fc.option(fc.constantFrom(...ROLE_IDS)), (a, step, role) => {
        expect(parseProgress(model, serializeProgress(model, a, step, role))).toEqual({ answers: a, step, role, ties: [] });
      }),
    );
  });

  it("reads progress saved before the plan existed", () => {
    const raw = JSON.stringify({ code: `${v}.${"b".repeat(N)}`, step: N + 1 });
    expect(parseProgress(model, raw)).toEqual({ answers: model.questions.map(() => 1), step: N + 1, role: null, ties: [] });
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

describe("the plan's ticks", () => {
  const skills = fc.subarray([...model.skills]);
  const anyTicks = fc.dictionary(fc.constantFrom(...ROLE_IDS), skills);

  it("read back exactly what was written, and nothing stored is no problem", () => {
    fc.assert(
      fc.property(anyTicks, (ticks) => {
        expect(parseTicks(model, serializeTicks(model, ticks))).toEqual({ ticks, problem: false });
      }),
    );
    expect(parseTicks(model, null)).toEqual({ ticks: {}, problem: false });
  });

  it("are kept with the format's and the bank's versions", () => {
    expect(JSON.parse(serializeTicks(model, { "data-scientist": ["statistics"] }))).toEqual({
      v: TICKS_VERSION,
      bank: v,
      ticks: { "data-scientist": ["statistics"] },
    });
  });

  const broken: [string, string][] = [
    ["not JSON", "{oops"],
    ["an array", "[]"],
    ["JSON null", "null"],
    ["an older format", JSON.stringify({ v: TICKS_VERSION - 1, bank: v, ticks: {} })],
    ["a format without a version", JSON.stringify({ ticks: { "data-scientist": ["sql"] } })],
    ["another bank version", JSON.stringify({ v: TICKS_VERSION, bank: v + 1, ticks: {} })],
    ["an unknown role", JSON.stringify({ v: TICKS_VERSION, bank: v, ticks: { astronaut: ["sql"] } })],
    ["an unknown skill area", JSON.stringify({ v: TICKS_VERSION, bank: v, ticks: { "data-scientist": ["cooking"] } })],
    ["ticks that are not a list", JSON.stringify({ v: TICKS_VERSION, bank: v, ticks: { "data-scientist": "sql" } })],
    ["markup", JSON.stringify({ v: TICKS_VERSION, bank: v, ticks: { "data-scientist": ["<img src=x onerror=alert(1)>"] } })],
    ["a huge value", "x".repeat(10000)],
  ];
  for (const [what, raw] of broken)
    it(`are dropped, with the problem reported, when ${what}`, () => {
      expect(parseTicks(model, raw)).toEqual({ ticks: {}, problem: true });
    });

  it("never throw on anything stored, and keep only real roles and skill areas", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.json(), fc.jsonValue().map((ticks) => JSON.stringify({ v: TICKS_VERSION, bank: v, ticks }))), (raw) => {
        const { ticks } = parseTicks(model, raw);
        for (const [role, ids] of Object.entries(ticks)) {
          expect(ROLE_IDS).toContain(role);
          for (const id of ids!) expect(model.skills).toContain(id);
        }
      }),
    );
  });
});

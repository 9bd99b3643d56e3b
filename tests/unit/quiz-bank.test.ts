// The question bank against the rules: its shape, that every role can come first (found by
// searching the bank, not from a hand-written answer sheet), and the sources' "how to choose" rules.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CLOSE_CALL_POINTS } from "../../src/lib/quiz/constants";
import { answersFrom, type QuizModel } from "../../src/lib/quiz/model";
import { scoreAnswers, type QuizResult } from "../../src/lib/quiz/score";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import { PERSONAS } from "../fixtures/quiz-personas";
import { loadBank, loadMatrix, loadModel } from "./quiz-fixture";

const bank = loadBank();
const model = loadModel();
const skillIds = loadMatrix().skills.map((s) => s.id);

const qIndex = (id: string) => {
  const i = model.questions.findIndex((q) => q.id === id);
  if (i < 0) throw new Error(`no question ${id}`);
  return i;
};
const oIndex = (q: string, o: string) => {
  const i = model.questions[qIndex(q)]!.options.findIndex((x) => x.id === o);
  if (i < 0) throw new Error(`no option ${q}/${o}`);
  return i;
};
const only = (q: string, o: string) => answersFrom(model, [[q, o]]);
const position = (res: QuizResult, role: RoleId) => res.ranking.indexOf(role);
const scoreOf = (res: QuizResult, role: RoleId) => res.ranked.find((f) => f.id === role)!.score;

/** Any answer set: each question skipped or given one of its options. */
const anyAnswers = fc.tuple(...model.questions.map((q) => fc.option(fc.nat(q.options.length - 1), { freq: 5 })));

/**
 * Greedy search over complete answer sets: starting from every question's first option, keep
 * switching single answers while that widens `target`'s lead over the best other role.
 */
function searchFirst(m: QuizModel, target: RoleId): { answers: number[]; lead: number } {
  const lead = (a: number[]) => {
    const res = scoreAnswers(m, a);
    return scoreOf(res, target) - Math.max(...res.ranked.filter((f) => f.id !== target).map((f) => f.score));
  };
  let answers = m.questions.map(() => 0);
  let best = lead(answers);
  for (let improved = true; improved; ) {
    improved = false;
    m.questions.forEach((q, qi) =>
      q.options.forEach((_, oi) => {
        const next = answers.with(qi, oi);
        const l = lead(next);
        if (l > best + 1e-9) [answers, best, improved] = [next, l, true];
      }),
    );
  }
  return { answers, lead: best };
}

describe("the question bank", () => {
  it("has 12 to 24 questions (about five minutes) mixing interests, ways of working, dislikes and experience", () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(12);
    expect(bank.questions.length).toBeLessThanOrEqual(24);
    const kinds = new Set(bank.questions.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(["dislike", "experience", "interest", "work-style"]);
    expect(bank.version).toBeGreaterThanOrEqual(1);
  });

  it("asks the sources' two dislike questions", () => {
    const dislikes = bank.questions.filter((q) => q.kind === "dislike").map((q) => q.prompt);
    expect(dislikes).toContain("Do you dislike heavy mathematics?");
    expect(dislikes).toContain("Do you dislike infrastructure work?");
  });

  it("never names a role or a job title in a question or an option, tie-breakers included", () => {
    const names = loadMatrix().roles.map((r) => r.name.toLowerCase());
    const titles = /\b(analysts?|scientists?|(data|ml|machine learning|deep learning|ai) engineers?)\b/i;
    for (const q of [...bank.questions, ...bank.tiebreakers])
      for (const text of [q.prompt, q.hint ?? "", ...q.options.map((o) => o.label)]) {
        expect(text, q.id).not.toMatch(titles);
        for (const name of names) expect(text.toLowerCase(), q.id).not.toContain(name);
      }
  });

  it("sends signals only to the twelve skill areas, and asks about every one of them", () => {
    const asked = new Set<string>();
    for (const q of bank.questions)
      for (const o of q.options)
        for (const [skill, s] of Object.entries(o.signals)) {
          expect(skillIds, `${q.id}/${o.id}`).toContain(skill);
          expect(Math.abs(s)).toBeLessThanOrEqual(2);
          asked.add(skill);
        }
    expect([...asked].sort()).toEqual([...skillIds].sort());
  });

  it("states a level for every skill area through the experience questions, in rising order", () => {
    const stated = new Set<string>();
    for (const q of bank.questions.filter((x) => x.kind === "experience")) {
      const areas = [...new Set(q.options.flatMap((o) => Object.keys(o.signals)))];
      areas.forEach((a) => stated.add(a));
      // Options climb a ladder: no area's level drops from one option to the next.
      for (const a of areas) {
        const levels = q.options.map((o) => o.signals[a] ?? 0);
        expect(levels, `${q.id}: ${a}`).toEqual([...levels].sort((x, y) => x - y));
      }
    }
    expect([...stated].sort()).toEqual([...skillIds].sort());
  });

  it("fits every share code character: at most 26 options per question", () => {
    for (const q of bank.questions) expect(q.options.length).toBeLessThanOrEqual(26);
  });
});

describe("every role is reachable", () => {
  for (const role of ROLE_IDS)
    it(`a complete answer set found by searching the bank ranks ${role} first, clear of a close call`, () => {
      const { answers, lead } = searchFirst(model, role);
      const res = scoreAnswers(model, answers);
      expect(res.ranking[0]).toBe(role);
      expect(res.closeCall).toBe(false);
      expect(lead).toBeGreaterThan(CLOSE_CALL_POINTS);
      expect(answers.every((a) => a !== null)).toBe(true);
    });
});

describe("the sources' how-to-choose rules", () => {
  const enjoys: [string, string, RoleId][] = [
    ["storytelling and dashboards", "enjoy-storytelling", "data-analyst"],
    ["statistics and experiments", "enjoy-experiments", "data-scientist"],
    ["systems and scalable engineering", "enjoy-systems", "ml-engineer"],
  ];
  for (const [what, question, role] of enjoys) {
    it(`someone who enjoys ${what} gets ${role} first`, () => {
      expect(scoreAnswers(model, only(question, "a-lot")).ranking[0]).toBe(role);
    });

    it(`enjoying ${what} never moves ${role} down, whatever else was answered`, () => {
      fc.assert(
        fc.property(anyAnswers, (answers) => {
          const withRule = scoreAnswers(model, answers.with(qIndex(question), oIndex(question, "a-lot")));
          for (const other of [null, oIndex(question, "somewhat"), oIndex(question, "not-really")]) {
            const without = scoreAnswers(model, answers.with(qIndex(question), other));
            expect(position(withRule, role)).toBeLessThanOrEqual(position(without, role));
          }
        }),
        { numRuns: 400 },
      );
    });
  }

  const analystAbove = (res: QuizResult) =>
    position(res, "data-analyst") < position(res, "data-scientist") && position(res, "data-analyst") < position(res, "ml-engineer");

  it("someone who dislikes heavy mathematics gets Data Analyst above Data Scientist and ML Engineer", () => {
    expect(analystAbove(scoreAnswers(model, only("dislike-mathematics", "yes")))).toBe(true);
  });

  it("disliking heavy mathematics keeps Data Analyst above both wherever another answer put it there", () => {
    const q = qIndex("dislike-mathematics");
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const withRule = analystAbove(scoreAnswers(model, answers.with(q, oIndex("dislike-mathematics", "yes"))));
        for (const other of [null, oIndex("dislike-mathematics", "depends"), oIndex("dislike-mathematics", "no")])
          if (analystAbove(scoreAnswers(model, answers.with(q, other)))) expect(withRule).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("someone who dislikes infrastructure does not get ML Engineer first", () => {
    const res = scoreAnswers(model, only("dislike-infrastructure", "yes"));
    expect(res.ranking[0]).not.toBe("ml-engineer");
    expect(position(res, "ml-engineer")).toBeGreaterThanOrEqual(3);
  });

  it("disliking infrastructure keeps ML Engineer off first place with any one other answer that does not seek infrastructure", () => {
    const q = qIndex("dislike-infrastructure");
    let checked = 0;
    model.questions.forEach((other, qi) =>
      other.options.forEach((o, oi) => {
        if (qi === q || (o.signals["cloud-deployment"] ?? 0) > 0) return;
        const answers = only("dislike-infrastructure", "yes").with(qi, oi);
        expect(scoreAnswers(model, answers).ranking[0], `${other.id}/${o.id}`).not.toBe("ml-engineer");
        checked++;
      }),
    );
    expect(checked).toBeGreaterThan(50);
  });

  it("over many answer sets, disliking infrastructure makes ML Engineer first far less often than liking it", () => {
    const q = qIndex("dislike-infrastructure");
    const samples = fc.sample(anyAnswers, { numRuns: 2000, seed: 6 });
    const firstShare = (option: string) =>
      samples.filter((a) => scoreAnswers(model, a.with(q, oIndex("dislike-infrastructure", option))).ranking[0] === "ml-engineer").length /
      samples.length;
    expect(firstShare("yes")).toBeLessThan(firstShare("no") / 2);
  });
});

describe("the personas", () => {
  for (const persona of PERSONAS)
    it(`someone who ${persona.who}: ${persona.first ?? persona.notFirst ?? persona.above![0]}`, () => {
      const res = scoreAnswers(model, answersFrom(model, persona.answers));
      if (persona.first) expect(res.ranking[0]).toBe(persona.first);
      if (persona.notFirst) expect(res.ranking[0]).not.toBe(persona.notFirst);
      if (persona.above) for (const below of persona.above[1]) expect(position(res, persona.above[0])).toBeLessThan(position(res, below));
    });
});

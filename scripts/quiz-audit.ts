// npm run quiz:audit: the quiz measured as an instrument (src/lib/quiz/audit.ts) on the bank and
// scorer in this checkout, written to bench/QUIZ.md. Seeded: the same bank gives the same figures.
//   npm run quiz:audit -- [--takers N] [--seed S] [--out FILE]
import { execSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { auditQuiz, DEFAULT_AUDIT, LABELS, missedTargets, TARGETS, type AuditReport, type LabelFigures } from "../src/lib/quiz/audit";
import { loadModel } from "./lib/quiz-content";

const pct = (x: number | null) => (x === null ? "–" : `${(100 * x).toFixed(1)}%`);
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

/** The report as Markdown; `meta` says which run produced it. */
export function auditMarkdown(r: AuditReport, meta: { commit: string; date: string; seconds: number; load: string }): string {
  const roles = r.roles;
  const labels = (l: Record<string, LabelFigures>, withAccuracy: boolean) => [
    row(["label", "share", ...(withAccuracy ? ["right"] : []), "one changed answer flips the top role"]),
    row(["---", "---:", ...(withAccuracy ? ["---:"] : []), "---:"]),
    ...LABELS.map((k) => row([k, pct(l[k]!.share), ...(withAccuracy ? [pct(l[k]!.accuracy)] : []), pct(l[k]!.flips)])),
  ];
  const missed = missedTargets(r);
  const lines = [
    "# The quiz, measured",
    "",
    `Bank version ${r.version}: ${r.questions} questions (${r.fitQuestions} shape the fit, the rest state experience), ${r.tiebreakers} tie-breakers.`,
    `Run at ${meta.commit} on ${meta.date}, seed ${r.options.seed}, ${r.options.random} random takers (and as many skipping ${pct(r.options.skip)} of the questions), ${r.options.consistent} consistent takers per p, in ${meta.seconds.toFixed(1)} s (load ${meta.load}). Re-run with \`npm run quiz:audit\`; the method (src/lib/quiz/audit.ts) is in its header comment.`,
    "",
    "## Targets",
    "",
    missed.length ? missed.map((m) => `- missed: ${m}`).join("\n") : "All met: every role first for 10–25% of random takers; at most 20% of random answer sets labelled high; at p = 0.5 accuracy ≥ 85%, every recall ≥ 75%, results labelled high ≥ 95% right and ≤ 2% flipped by one changed answer.",
    "",
    "## Random takers: which role comes first by chance",
    "",
    row(["", ...roles]),
    row(["---", ...roles.map(() => "---:")]),
    row(["every question answered", ...r.random.top.map(pct)]),
    row([`${pct(r.options.skip)} skipped`, ...r.randomSkipping.top.map(pct)]),
    "",
    `Labelled high: ${pct(r.random.labels.high.share)} (${pct(r.randomSkipping.labels.high.share)} when skipping; target at most ${pct(TARGETS.randomHigh)}). Close calls: ${pct(r.random.close)}.`,
    "",
    ...labels(r.random.labels, false),
    "",
  ];
  for (const c of r.consistent) {
    lines.push(
      `## Consistent takers at p = ${c.p}`,
      "",
      `Accuracy ${pct(c.accuracy)}. Recall per role:`,
      "",
      row(roles),
      row(roles.map(() => "---:")),
      row(c.recall.map(pct)),
      "",
      "Confusion (rows: true role; columns: the role ranked first; counts):",
      "",
      row(["true \\ first", ...roles]),
      row(["---", ...roles.map(() => "---:")]),
      ...c.confusion.map((counts, i) => row([roles[i]!, ...counts])),
      "",
      ...labels(c.labels, true),
      "",
      `Close calls: ${pct(c.close.share)} of takers; ${pct(c.close.offered)} of them offered tie-breakers; right ${pct(c.close.before)} before the tie-breakers, ${pct(c.close.after)} after.`,
      "",
    );
  }
  return lines.join("\n");
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const takers = Number(arg("takers") ?? DEFAULT_AUDIT.random);
  const options = { ...DEFAULT_AUDIT, seed: Number(arg("seed") ?? DEFAULT_AUDIT.seed), random: takers, consistent: takers };
  const load = `${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores`;
  const start = performance.now();
  const report = auditQuiz(loadModel(), options);
  const seconds = (performance.now() - start) / 1000;
  let commit = "a working tree";
  try {
    commit = execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim() + (execSync("git status --porcelain content src", { encoding: "utf8" }).trim() ? " (with uncommitted changes)" : "");
  } catch {
    // not a git checkout: say so
  }
  const out = arg("out") ?? "bench/QUIZ.md";
  writeFileSync(out, auditMarkdown(report, { commit, date: new Date().toISOString().slice(0, 10), seconds, load }) + "\n");
  const missed = missedTargets(report);
  console.log(`quiz audit: ${seconds.toFixed(1)} s, ${missed.length ? `missed ${missed.length}:\n  ${missed.join("\n  ")}` : "every target met"}; wrote ${out}`);
}

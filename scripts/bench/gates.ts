// npm run bench -- --gates: the site built with thousands of generated articles in both languages,
// then the four quality gates of npm test (html-validate, the Nu checker, the link check and the
// size budgets) run on that output. Pure: the result's shape and its section of bench/RESULTS.md;
// scripts/bench.ts builds and runs.
import { markdownTable } from "../gates/format";

/** The gates, in npm test's order: the npm script's name and the script it runs. */
export const GATES = [
  { name: "validate:html", script: "scripts/validate-html.ts" },
  { name: "validate:nu", script: "scripts/validate-nu.ts" },
  { name: "check:links", script: "scripts/check-links.ts" },
  { name: "size", script: "scripts/size.ts" },
] as const;

export interface GateRun {
  name: string;
  ok: boolean;
  seconds: number;
  /** The gate's last line when it passed; its first failure lines when it did not. */
  summary: string[];
}

export interface GatesRun {
  extraArticles: number;
  pages: number;
  buildSeconds: number;
  buildCpuSeconds: number | null;
  buildPeakMb: number | null;
  /** Load average (1, 5, 15 minutes) before the build and after the last gate. */
  loadBefore: number[];
  loadAfter: number[];
  gates: GateRun[];
  /** The size gate's table and precache lines, as it printed them. */
  sizeReport: string;
}

/** What to keep of a gate's output: its last line when it passed, its first 20 error lines when it failed. */
export function gateSummary(ok: boolean, stdout: string, stderr: string): string[] {
  const lines = (text: string) => text.split("\n").map((l) => l.trimEnd()).filter(Boolean);
  if (ok) return lines(stdout).slice(-1);
  const errors = lines(stderr);
  return (errors.length ? errors : lines(stdout)).slice(0, 20);
}

/** The size gate's report without its closing verdict (the table and the precache per language). */
export function sizeReport(stdout: string): string {
  return stdout
    .split("\n")
    .filter((l) => !/^All \d+ pages are within/.test(l))
    .join("\n")
    .trim();
}

const fixed = (n: number, digits: number) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const load = (l: number[]) => l.map((x) => fixed(x, 2)).join(", ");

export const GATES_SECTION = "gates";

export function formatGatesSection(r: { date: string; commit: string; runs: GatesRun[] }): string {
  const parts = r.runs.map((g) => {
    const green = g.gates.every((x) => x.ok);
    const rows = g.gates.map((x) => [`\`npm run ${x.name}\``, x.ok ? "passed" : "**failed**", fixed(x.seconds, 1), x.summary.join(" / ").replace(/\|/g, "\\|")]);
    const busy = Math.max(g.loadBefore[0] ?? 0, g.loadAfter[0] ?? 0) > 2.5;
    return `### ${fixed(g.extraArticles, 0)} generated articles in each language: ${green ? "all four gates green" : "**a gate failed**"}

${fixed(g.pages, 0)} pages. \`npm run build\` took ${fixed(g.buildSeconds, 1)} s (${g.buildCpuSeconds === null ? "CPU n/a" : `${fixed(g.buildCpuSeconds, 1)} CPU s`}, peak ${g.buildPeakMb === null ? "n/a" : `${fixed(g.buildPeakMb, 0)} MB`}). Load average before the build ${load(g.loadBefore)}, after the last gate ${load(g.loadAfter)}${busy ? ": **a busy machine** (above 2.5), so the seconds here are inflated; the verdicts are not" : ""}.

${markdownTable(["gate", "result", "seconds", "what it said"], rows, "llrl")}

The size gate's report:

\`\`\`
${g.sizeReport}
\`\`\``;
  });
  return `## Every gate at scale

Written by \`npm run bench -- --gates\` on ${r.date} at commit \`${r.commit}\`. The site is built with
\`npm run build\`'s steps (\`astro build\`, Pagefind, the service workers) from a copy of \`content/\`
with the generated articles added, each with its generated Spanish twin (the same articles as the
other benchmarks, with a right-aligned table column, skill areas and tags, so every kind of list
fills), and then the four gates of \`npm test\` run on that output with the budgets the real site
keeps.

${parts.join("\n\n")}
`;
}

// npm run validate:nu: every built page through the W3C Nu HTML checker (vnu.jar from the vnu-jar
// package), all in one Java run, each problem printed with the page's address and the line. Errors
// fail the gate, and so do warnings unless scripts/nu-warnings.ts accepts them with a reason.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { formatNuProblems, nuReport, parseNuOutput } from "./gates/nu";
import { builtPages, outDir } from "./lib/built-site";
import { ALLOWED_WARNINGS } from "./nu-warnings";

const dir = outDir();
const pages = builtPages(dir);
// vnu-jar's main export is the path to vnu.jar. We run Java ourselves: its own runner downloads a
// Java runtime when none is found, and a test run should say what is missing instead.
const jar = String(createRequire(import.meta.url)("vnu-jar"));
const run = spawnSync(
  "java",
  ["-jar", jar, "--format", "json", "--stdout", "--exit-zero-always", "--asciiquotes", ...pages.map((p) => p.file)],
  { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
);
if (run.error) {
  const missing = (run.error as NodeJS.ErrnoException).code === "ENOENT";
  console.error(missing ? "java not found: the Nu checker needs a Java runtime, 11 or later (Debian and Ubuntu: apt-get install default-jre-headless)." : `java could not run: ${run.error.message}`);
  process.exit(2);
}
if (run.status !== 0) {
  console.error(`The Nu checker stopped (exit ${run.status}): ${run.stderr.trim() || run.stdout.trim()}`);
  process.exit(2);
}

const routes = new Map(pages.map((p) => [pathToFileURL(resolve(p.file)).href, p.route]));
const report = nuReport(parseNuOutput(run.stdout), routes, ALLOWED_WARNINGS);
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;
const allowed = ALLOWED_WARNINGS.map((a, i) => `${report.allowed[i]} ${a.name}${report.allowed[i] === 0 ? " (matched nothing: remove it?)" : ""}`);
const summary = `${count(report.allowed.reduce((a, b) => a + b, 0), "warning")} accepted in scripts/nu-warnings.ts (${allowed.join("; ")})`;
if (report.problems.length > 0) {
  console.error(formatNuProblems(report.problems).join("\n"));
  const errors = report.problems.filter((p) => p.level === "error").length;
  const warnings = report.problems.length - errors;
  console.error(`\nNu: ${count(errors, "error")} and ${count(warnings, "warning")} in ${pages.length} pages; ${summary}.`);
  process.exit(1);
}
console.log(`Nu: ${pages.length} pages valid; ${summary}.`);

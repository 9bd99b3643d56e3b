// npm run size: what each page type weighs (HTML, CSS, JavaScript, raw and gzipped), and a failure
// for every page over a budget (scripts/gates/budgets.ts), naming the page, the number and the limit.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PRECACHE_BUDGET, checkPrecache, type WorkerSummary } from "../src/lib/precache";
import { BUDGETS, checkBudgets, sizeTable } from "./gates/budgets";
import { measurePage } from "./gates/page-size";
import { builtPages, loader, outDir } from "./lib/built-site";

const dir = outDir();
const load = loader(dir);
const pages = builtPages(dir).map((p) => measurePage(p.route, readFileSync(p.file), load));

console.log(sizeTable(pages, BUDGETS));
const failures: { message: string }[] = checkBudgets(pages, BUDGETS);

// The offline service workers' precache, per language (written by scripts/service-worker.ts).
const summaryFile = join(dir, "precache-summary.json");
if (existsSync(summaryFile)) {
  const workers = JSON.parse(readFileSync(summaryFile, "utf8")) as WorkerSummary[];
  console.log("\nOffline precache per language:");
  for (const w of workers) console.log(`  ${w.worker.padEnd(12)} ${String(w.entries).padStart(4)} entries  ${(w.bytes / 1024).toFixed(0).padStart(6)} KB`);
  console.log(`  budget       ${String(PRECACHE_BUDGET.entries).padStart(4)} entries  ${(PRECACHE_BUDGET.bytes / 1024).toFixed(0).padStart(6)} KB`);
  failures.push(...checkPrecache(workers).map((message) => ({ message })));
} else failures.push({ message: `${summaryFile} is missing: run "npm run build", which writes the service workers` });
if (failures.length > 0) {
  console.error(`\n${failures.length} size budget failure${failures.length === 1 ? "" : "s"}:`);
  for (const f of failures) console.error(`  ${f.message}`);
  process.exit(1);
}
console.log(`\nAll ${pages.length} pages are within their budgets.`);

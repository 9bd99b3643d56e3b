// npm run size: what each page type weighs (HTML, CSS, JavaScript, raw and gzipped), and a failure
// for every page over a budget (src/lib/gates/budgets.ts), naming the page, the number and the limit.
import { readFileSync } from "node:fs";
import { BUDGETS, checkBudgets, sizeTable } from "../src/lib/gates/budgets";
import { measurePage } from "../src/lib/gates/page-size";
import { builtPages, loader, outDir } from "./lib/built-site";

const dir = outDir();
const load = loader(dir);
const pages = builtPages(dir).map((p) => measurePage(p.route, readFileSync(p.file), load));

console.log(sizeTable(pages, BUDGETS));
const failures = checkBudgets(pages, BUDGETS);
if (failures.length > 0) {
  console.error(`\n${failures.length} size budget failure${failures.length === 1 ? "" : "s"}:`);
  for (const f of failures) console.error(`  ${f.message}`);
  process.exit(1);
}
console.log(`\nAll ${pages.length} pages are within their budgets.`);

// npm run validate:html: every built page through html-validate (rules in .htmlvalidate.mjs), each
// problem printed with the page's address, the line and the rule.
import { readFileSync } from "node:fs";
import { HtmlValidate, StaticConfigLoader } from "html-validate";
import config from "../.htmlvalidate.mjs";
import { formatHtmlProblems } from "./gates/report";
import { builtPages, outDir } from "./lib/built-site";

const dir = outDir();
// The project's rules, given directly: a search for config files would start from the output
// folder, and one outside the project would find none and quietly check nothing.
const validator = new HtmlValidate(new StaticConfigLoader(config));
const pages = builtPages(dir);
const lines: string[] = [];
let problems = 0;
for (const page of pages) {
  const report = await validator.validateString(readFileSync(page.file, "utf8"), page.file);
  const messages = report.results.flatMap((r) => r.messages);
  problems += messages.filter((m) => m.severity === 2).length;
  lines.push(...formatHtmlProblems(page.route, messages));
}
if (lines.length > 0) console.error(lines.join("\n"));
if (problems > 0) {
  console.error(`\n${problems} HTML error${problems === 1 ? "" : "s"} in ${pages.length} pages (rules: .htmlvalidate.mjs).`);
  process.exit(1);
}
console.log(`HTML: ${pages.length} pages valid.`);

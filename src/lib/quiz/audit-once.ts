// The audit (audit.ts) as the method page shows it: run once per build and kept at module level,
// so every language's page reuses one report for the same model numbers and options (a run takes
// about a second here). The key is the model's numbers, not its object: each language builds its own.
import { auditQuiz, DEFAULT_AUDIT, type AuditOptions, type AuditReport } from "./audit";
import type { QuizModel } from "./model";

const reports = new Map<string, AuditReport>();

export function auditOnce(model: QuizModel, options: AuditOptions = DEFAULT_AUDIT): AuditReport {
  const key = JSON.stringify([model, options]);
  let report = reports.get(key);
  if (!report) reports.set(key, (report = auditQuiz(model, options)));
  return report;
}

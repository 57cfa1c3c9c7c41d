import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeAllureResults } from "./allure/allure-results.ts";
import type { ExactSecrets } from "../harness/customer-key-secrets.ts";
import { renderReportHtml } from "./html/report-html.ts";
import { writeJunitXml } from "./junit/junit-xml.ts";
import { renderProfileBadge } from "./profiles/profile-badge.ts";
import type { Report } from "./report-types.ts";
import { renderSummary } from "./summary-markdown.ts";

/**
 * Writes report.json, summary.md, report.html, a badge per profile, junit.xml and allure-results/ (both
 * read the report, expectations applied), then scrubs every file in the folder of `secrets` (the run's
 * credentials and every form of every SSE-C key it sent): they should never get there, and this makes sure.
 */
export function writeReportFiles(outDir: string, report: Report, secrets: ExactSecrets): void {
  writeFileSync(join(outDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outDir, "summary.md"), renderSummary(report));
  writeFileSync(join(outDir, "report.html"), renderReportHtml(report, report.profiles ?? []));
  for (const verdict of report.profiles ?? []) writeFileSync(join(outDir, `badge-${verdict.id}.svg`), renderProfileBadge(verdict));
  writeJunitXml(outDir, report);
  writeAllureResults(outDir, report);
  scrubSecrets(outDir, secrets);
}

/** Replaces every exact secret value in every file under `folder` by `<redacted>`, and nothing else. */
export function scrubSecrets(folder: string, secrets: ExactSecrets): void {
  if (secrets.size === 0) return;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      scrubSecrets(path, secrets);
      continue;
    }
    const text = readFileSync(path, "latin1");
    const scrubbed = secrets.replaceIn(text);
    if (scrubbed !== text) writeFileSync(path, scrubbed, "latin1");
  }
}

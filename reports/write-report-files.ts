import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeAllureResults } from "./allure/allure-results.ts";
import { customerKeysIn } from "./customer-key-values.ts";
import { renderReportHtml } from "./html/report-html.ts";
import { writeJunitXml } from "./junit/junit-xml.ts";
import { renderProfileBadge } from "./profiles/profile-badge.ts";
import type { Report } from "./report-types.ts";
import { renderSummary } from "./summary-markdown.ts";

/**
 * Writes report.json, summary.md, report.html, a badge per profile, junit.xml and allure-results/ (both
 * read the report, expectations applied), then scrubs every file in the folder of the run's secrets
 * and of any SSE-C key shown by its header: they should never get there, and this makes sure.
 */
export function writeReportFiles(outDir: string, report: Report, secrets: string[]): void {
  writeFileSync(join(outDir, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outDir, "summary.md"), renderSummary(report));
  writeFileSync(join(outDir, "report.html"), renderReportHtml(report, report.profiles ?? []));
  for (const verdict of report.profiles ?? []) writeFileSync(join(outDir, `badge-${verdict.id}.svg`), renderProfileBadge(verdict));
  writeJunitXml(outDir, report);
  writeAllureResults(outDir, report);
  scrubSecrets(outDir, [...secrets, ...customerKeysIn(outDir)]);
}

export function scrubSecrets(folder: string, secrets: string[]): void {
  const words = secrets.filter((secret) => secret.length >= 4);
  if (words.length === 0) return;
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      scrubSecrets(path, words);
      continue;
    }
    const text = readFileSync(path, "latin1");
    if (!words.some((word) => text.includes(word))) continue;
    writeFileSync(path, words.reduce((scrubbed, word) => scrubbed.split(word).join("<redacted>"), text), "latin1");
  }
}

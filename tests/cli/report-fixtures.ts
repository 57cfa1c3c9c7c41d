import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import type { Report } from "../../reports/report-types.ts";

/** Writes reports as a run would (`<folder>/report.json`) under the self tests' temporary folder; returns their paths. */
export function writeReports(reports: Record<string, Report>): Record<string, string> {
  const root = mkdtempSync(join(inject("selfTmp"), "reports-"));
  return Object.fromEntries(
    Object.entries(reports).map(([name, report]) => {
      mkdirSync(join(root, name));
      const path = join(root, name, "report.json");
      writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
      return [name, path];
    }),
  );
}

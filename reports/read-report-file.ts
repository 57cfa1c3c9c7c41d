import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { REPORT_SCHEMA_ID, type Report } from "./report-types.ts";
import { validateReport } from "./validate-report.ts";

/** A report file that cannot be read as a report@2; the message is one line naming the file. */
export class ReportFileError extends Error {
  override name = "ReportFileError";
}

/** A `report.json` (or a report folder holding one), checked against the schema. */
export function readReportFile(given: string): { path: string; report: Report } {
  const path = existsSync(given) && statSync(given).isDirectory() ? join(given, "report.json") : given;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message.split("\n")[0];
    throw new ReportFileError(`${path}: cannot read it as JSON (${reason})`);
  }
  const schema = (value as { schema?: unknown } | null)?.schema;
  if (schema !== REPORT_SCHEMA_ID) throw new ReportFileError(`${path}: not a ${REPORT_SCHEMA_ID} report (schema ${JSON.stringify(schema ?? null)})`);
  const problems = validateReport(value);
  if (problems.length > 0) throw new ReportFileError(`${path}: ${problems[0]}${problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ""}`);
  return { path, report: value as Report };
}

import { ReportFileError, readReportFile } from "../reports/read-report-file.ts";
import type { Report } from "../reports/report-types.ts";
import { UsageError } from "./usage-error.ts";

/** A report named on the command line (a report.json or its folder); a bad one is a one-line usage error. */
export function readReportArgument(given: string): { path: string; report: Report } {
  try {
    return readReportFile(given);
  } catch (error) {
    if (error instanceof ReportFileError) throw new UsageError(error.message);
    throw error;
  }
}

/** Writes a command's output files; a folder that cannot be written is a one-line usage error. */
export function writeOrExplain(outDir: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message.split("\n")[0];
    throw new UsageError(`--out ${outDir}: cannot write there (${reason})`);
  }
}

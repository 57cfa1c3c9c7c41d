import type { Command } from "commander";
import { renderCompareHtml } from "../reports/compare/compare-html.ts";
import { renderCompareMarkdown } from "../reports/compare/compare-markdown.ts";
import { compareReports } from "../reports/compare/compare-reports.ts";
import { writeOutputFiles } from "../reports/write-output-files.ts";
import { readReportArgument, writeOrExplain } from "./read-report-argument.ts";
import { shippedProfiles } from "./shipped-profiles.ts";
import { UsageError } from "./usage-error.ts";

const DEFAULT_COMPARE_OUT = "conformance-compare";

export function registerCompareCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("compare")
    .description("compare run reports side by side: compare.html, compare.md and compare.json")
    .argument("<reports...>", "report.json files (or their folders), two or more")
    .option("--out <dir>", "folder for the comparison", DEFAULT_COMPARE_OUT)
    .action(async (reports: string[], flags: { out?: string }) => {
      setExitCode(await compareCommand(reports, flags));
    });
}

/** `s3-conformance compare REPORT…`: writes compare.html, compare.md and compare.json side by side; 0 unless the usage is wrong. */
export async function compareCommand(reports: string[], flags: { out?: string }): Promise<number> {
  if (reports.length < 2) throw new UsageError(`compare needs at least two reports (given ${reports.length})`);
  const outDir = flags.out ?? DEFAULT_COMPARE_OUT;
  const comparison = compareReports(reports.map(readReportArgument), shippedProfiles(), outDir);
  const written: string[] = [];
  writeOrExplain(outDir, () => {
    written.push(
      ...writeOutputFiles(outDir, {
        "compare.html": renderCompareHtml(comparison),
        "compare.md": renderCompareMarkdown(comparison),
        "compare.json": `${JSON.stringify(comparison, null, 2)}\n`,
      }),
    );
  });
  for (const line of comparison.differences) process.stdout.write(`${line}\n`);
  process.stdout.write(`${comparison.rows.length} cases, ${comparison.differing.length} differ between targets, ${comparison.failsOnlyOn.length} fail on one target only\n`);
  process.stdout.write(`comparison: ${written.join(", ")}\n`);
  return 0;
}

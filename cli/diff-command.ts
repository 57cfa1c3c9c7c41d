import type { Command } from "commander";
import { diffReports } from "../reports/diff/diff-reports.ts";
import { renderDiffMarkdown } from "../reports/diff/diff-markdown.ts";
import { writeOutputFiles } from "../reports/write-output-files.ts";
import { readReportArgument, writeOrExplain } from "./read-report-argument.ts";

export function registerDiffCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("diff")
    .description("what changed from a baseline report to a current one; exit 1 when anything regressed")
    .argument("<baseline>", "the baseline report.json (or its folder)")
    .argument("<current>", "the current report.json (or its folder)")
    .option("--out <dir>", "also write diff.md and diff.json there")
    .action(async (baseline: string, current: string, flags: { out?: string }) => {
      setExitCode(await diffCommand(baseline, current, flags));
    });
}

/**
 * `s3-conformance diff BASELINE CURRENT`: prints what changed as Markdown (and writes diff.md and
 * diff.json with --out); 1 when anything regressed (a new finding, an outcome that got worse), else 0.
 */
export async function diffCommand(baseline: string, current: string, flags: { out?: string }): Promise<number> {
  const diff = diffReports(readReportArgument(baseline), readReportArgument(current));
  const markdown = renderDiffMarkdown(diff);
  process.stdout.write(markdown);
  const outDir = flags.out;
  if (outDir !== undefined) {
    writeOrExplain(outDir, () => writeOutputFiles(outDir, { "diff.md": markdown, "diff.json": `${JSON.stringify(diff, null, 2)}\n` }));
  }
  return diff.regressed ? 1 : 0;
}

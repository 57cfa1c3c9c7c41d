import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { startVitest } from "vitest/node";
import { ExactSecrets } from "../harness/customer-key-secrets.ts";
import { listedRules } from "../harness/rule-types.ts";
import { RULES } from "../oracle/rules.ts";
import { buildReport, exitCodeOf } from "../reports/build-report.ts";
import { CaseCollector } from "../reports/case-collector.ts";
import { loadExpectations } from "../reports/expectations.ts";
import { evaluateProfiles } from "../reports/profiles/evaluate-profile.ts";
import type { Report } from "../reports/report-types.ts";
import { mergedRun, ShardMismatch } from "../reports/shard-runs.ts";
import { writeReportFiles } from "../reports/write-report-files.ts";
import { caseFilter } from "./case-filter.ts";
import { PACKAGE_ROOT } from "./package-info.ts";
import { prepareOutDir } from "./prepare-out-dir.ts";
import { readReportArgument, writeOrExplain } from "./read-report-argument.ts";
import { printTotals } from "./run-command.ts";
import { SHARD_BLOB_FOLDER } from "./shard-option.ts";
import { shippedProfiles } from "./shipped-profiles.ts";
import { UsageError } from "./usage-error.ts";

interface MergeFlags {
  out?: string;
  expectations?: string;
}

export function registerMergeCommand(program: Command, setExitCode: (code: number) => void): void {
  program
    .command("merge")
    .description("join the report folders of a run's shards (run --shard i/n) into one run's report, in every format")
    .argument("<dirs...>", "the shards' report folders, one per shard")
    .option("--out <dir>", "report folder for the whole run", "conformance-report")
    .option("--expectations <file>", "known outcomes of the target (default: the one the shards used, else expectations/<target>.json)")
    .action(async (dirs: string[], flags: MergeFlags) => {
      setExitCode(await mergeCommand(dirs, flags));
    });
}

/**
 * `s3-conformance merge DIR…`: replays the shards' vitest blobs through the run's own collector
 * (vitest's merge-reports), so the whole run's report is built as a single run's would be.
 */
export async function mergeCommand(dirs: string[], flags: MergeFlags): Promise<number> {
  const shards = dirs.map((dir) => ({ dir, report: readReportArgument(dir).report }));
  let merged: ReturnType<typeof mergedRun>;
  try {
    merged = mergedRun(shards.map((shard) => shard.report));
  } catch (error) {
    if (error instanceof ShardMismatch) throw new UsageError(error.message);
    throw error;
  }
  const expectationsPath = expectationsPathOf(flags, merged.run.expectations, merged.target.name);
  let expectations;
  try {
    expectations = loadExpectations(expectationsPath, { target: merged.target.name, optional: flags.expectations === undefined });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const outDir = resolve(flags.out ?? "conformance-report");
  if (dirs.some((dir) => resolve(dir) === outDir)) throw new UsageError(`--out ${flags.out}: a shard's own folder; the merged report needs a folder of its own`);
  prepareOutDir(outDir);
  const blobs = mkdtempSync(join(tmpdir(), "s3-conformance-merge-"));
  // The shards ran vitest with the filter as a name pattern: the blobs hold the other cases as skipped.
  const collector = new CaseCollector(caseFilter(merged.run.filter?.split(" ")).selects);
  try {
    for (const { dir, report } of shards) copyShardBlob(dir, report, blobs);
    const vitest = await startVitest("test", [], {
      root: PACKAGE_ROOT,
      config: join(PACKAGE_ROOT, "vitest.config.ts"),
      project: ["conformance"],
      watch: false,
      mergeReports: blobs,
      reporters: [collector],
    });
    await vitest?.close();
  } finally {
    rmSync(blobs, { recursive: true, force: true });
  }

  const replays = replayCommands(shards.map((shard) => shard.report));
  const report = buildReport({
    tool: merged.tool,
    // The shards' own reports already name their run errors (the blobs replay the same ones).
    run: { ...merged.run, expectations: expectationsPath },
    target: merged.target,
    results: collector.results(),
    expectations,
    rules: listedRules(RULES.values()),
    replayCommand: (result, finding) => replays.get(`${result.id}\n${finding.signature}`),
  });
  report.profiles = evaluateProfiles(shippedProfiles(), report.cases);
  writeOrExplain(outDir, () => writeReportFiles(outDir, report, new ExactSecrets()));
  printTotals(report, { outDir });
  process.exitCode = 0;
  return exitCodeOf(report);
}

function expectationsPathOf(flags: MergeFlags, used: string | undefined, target: string): string {
  if (flags.expectations !== undefined) return resolve(flags.expectations);
  if (used !== undefined && existsSync(used)) return used;
  return join(PACKAGE_ROOT, "expectations", `${target}.json`);
}

function copyShardBlob(dir: string, report: Report, into: string): void {
  const folder = join(dir, SHARD_BLOB_FOLDER);
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(".json")) : [];
  if (files.length !== 1) throw new UsageError(`${dir}: no vitest blob of shard ${report.run.shard} in ${SHARD_BLOB_FOLDER}/ (was it written by run --shard?)`);
  copyFileSync(join(folder, files[0]!), join(into, files[0]!));
}

/** Each finding's replay command as its shard's report gave it. */
function replayCommands(reports: Report[]): Map<string, string> {
  const commands = new Map<string, string>();
  for (const report of reports) {
    for (const entry of report.cases) for (const finding of entry.findings) if (finding.replay) commands.set(`${entry.id}\n${finding.signature}`, finding.replay);
  }
  return commands;
}

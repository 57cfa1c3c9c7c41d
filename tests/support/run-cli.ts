import type { Report } from "../../reports/report-types.ts";
import { RunningCli } from "./running-cli.ts";

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
  /** The report.json the run wrote, if it wrote one. */
  report: Report | undefined;
  elapsedMs: number;
}

/** Runs `s3-conformance` as a user would, in its own process, with its own report folder, to its end. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const started = Date.now();
  const cli = new RunningCli(args, env);
  const exitCode = await cli.exit();
  return { exitCode, stdout: cli.stdout, stderr: cli.stderr, outDir: cli.outDir, report: cli.report(), elapsedMs: Date.now() - started };
}

/** Status of every case of a report, by id. */
export function statusById(report: Report | undefined): Map<string, string> {
  return new Map((report?.cases ?? []).map((entry) => [entry.id, entry.status]));
}

/** Every case's verdict as one comparable line, by id: its outcome and its findings' signatures. */
export function verdictById(report: Report | undefined): Map<string, string> {
  return new Map((report?.cases ?? []).map((entry) => [entry.id, [entry.status, ...entry.findings.map((finding) => finding.signature).sort()].join(" | ")]));
}

/** The findings' signatures of every case that has some, by id. */
export function signaturesById(report: Report | undefined): Record<string, string[]> {
  const cases = (report?.cases ?? []).filter((entry) => entry.findings.length > 0);
  return Object.fromEntries(cases.map((entry) => [entry.id, entry.findings.map((finding) => finding.signature).sort()]));
}

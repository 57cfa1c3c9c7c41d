import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import type { Report } from "../../reports/report-types.ts";

const BIN = fileURLToPath(new URL("../../cli/bin.js", import.meta.url));

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outDir: string;
  /** The report.json the run wrote, if it wrote one. */
  report: Report | undefined;
  elapsedMs: number;
}

/** Runs `s3-conformance` as a user would, in its own process, with its own report folder. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const outDir = mkdtempSync(join(inject("selfTmp"), "run-"));
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, ...args.map((arg) => arg.replace("{out}", outDir))], {
    env: { ...withoutRunVariables(process.env), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const reportPath = join(outDir, "report.json");
  const report = existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, "utf8")) as Report) : undefined;
  return { exitCode, stdout, stderr, outDir, report, elapsedMs: Date.now() - started };
}

/** The parent's own AWS and run settings must not leak into the run under test. */
export function withoutRunVariables(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of Object.keys(copy)) if (name.startsWith("AWS_") || name === "S3_CONFORMANCE_RUN" || name.startsWith("VITEST")) delete copy[name];
  delete copy.NODE_OPTIONS;
  return copy;
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

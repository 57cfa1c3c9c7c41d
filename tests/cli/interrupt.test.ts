import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, inject, test } from "vitest";
import type { Report } from "../../reports/report-types.ts";

const BIN = fileURLToPath(new URL("../../cli/bin.js", import.meta.url));

/** Starts a run, waits for its first finished case, sends `signal`, and returns its exit code and report. */
async function interrupted(signal: NodeJS.Signals): Promise<{ code: number | null; report: Report | undefined; stderr: string }> {
  const outDir = mkdtempSync(join(inject("selfTmp"), "interrupted-"));
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (name.startsWith("VITEST") || name === "S3_CONFORMANCE_RUN") delete env[name];
  const child = spawn(process.execPath, [BIN, "run", "--out", outDir], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve) => child.stdout.on("data", (chunk: Buffer) => /^(ok|FAIL|skip|unsp|NSTR) /m.test(chunk.toString()) && resolve()));
  child.kill(signal);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const path = join(outDir, "report.json");
  return { code, stderr, report: existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Report) : undefined };
}

for (const [signal, exitCode] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  test.concurrent(`${signal} during a run writes the partial report, the unfinished cases errored as interrupted, and exits ${exitCode}`, async () => {
    const run = await interrupted(signal);
    expect(run.code, run.stderr).toBe(exitCode);
    expect(run.report?.run.errors).toEqual([`interrupted by ${signal}: the cases not finished are errored`]);
    const interruptedCases = run.report?.cases.filter((entry) => entry.message === `interrupted by ${signal}`) ?? [];
    expect(interruptedCases.length).toBeGreaterThan(0);
    expect(interruptedCases.every((entry) => entry.status === "errored")).toBe(true);
  });
}

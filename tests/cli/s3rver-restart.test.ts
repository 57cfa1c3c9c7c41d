import { expect, test } from "vitest";
import { descendantsOf } from "../support/process-tree.ts";
import { FINISHED_CASE, RunningCli } from "../support/running-cli.ts";

const PROGRESS_LINE = new RegExp(FINISHED_CASE.source, "gm");

test("a killed embedded s3rver comes back on the same port: the later cases are judged and the report is written", async () => {
  const run = new RunningCli(["run", "--filter", "s3.put-object", "--filter", "s3.get-object", "--seed", "1", "--out", "{out}"]);
  await run.waitFor(FINISHED_CASE);
  const s3rver = descendantsOf(run.pid).find((entry) => entry.command.includes("s3rver-process"));
  expect(s3rver, "the run's s3rver child").toBeDefined();
  process.kill(s3rver!.pid, "SIGKILL");
  await run.waitFor(/embedded s3rver restarted on port \d+/, "stderr");
  const finishedAtRestart = run.stdout.match(PROGRESS_LINE)?.length ?? 0;
  await run.exit();

  const report = run.report();
  expect(report, run.stderr).toBeDefined();
  const port = /restarted on port (\d+)/.exec(run.stderr)?.[1];
  expect(report?.target.endpoint).toBe(`http://127.0.0.1:${port}`);
  const later = (run.stdout.match(PROGRESS_LINE) ?? []).slice(finishedAtRestart);
  const laterErrored = later.filter((line) => line.startsWith("ERR"));
  const slowest = [...(report?.cases ?? [])].sort((a, b) => b.durationMs - a.durationMs)[0];
  console.log(`${later.length} cases finished after the restart, ${laterErrored.length} errored (those in flight at the kill may); slowest ${slowest?.id} ${slowest?.durationMs} ms`);
  expect(later.length).toBeGreaterThan(10);
  expect(laterErrored.length).toBeLessThan(later.length / 2);
  const refused = (report?.cases ?? []).filter((entry) => entry.status === "errored" && /ECONNREFUSED/.test(entry.message ?? ""));
  expect(refused.length).toBeLessThan(later.length / 2);
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, inject, test } from "vitest";
import { runCli } from "../support/run-cli.ts";

/** Bad input to the tool: one line naming the problem, exit 2, never a stack trace nor a hang. */
async function expectUsageError(args: string[], names: RegExp): Promise<void> {
  const run = await runCli(args);
  expect(run.exitCode, run.stderr).toBe(2);
  const lines = run.stderr.trim().split("\n");
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(names);
  expect(run.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
}

test.concurrent("an empty --filter", () => expectUsageError(["run", "--filter", "", "--out", "{out}"], /--filter/));

test.concurrent("a --filter that selects no case", () => expectUsageError(["run", "--filter", "no.such.case", "--out", "{out}"], /--filter no\.such\.case selects no case/));

test.concurrent("an --out under /proc", () => expectUsageError(["run", "--filter", "s3.get-object.not-found", "--out", "/proc/forbidden/report"], /--out \/proc\/forbidden\/report/));

test.concurrent("an --out under a file", () => expectUsageError(["run", "--filter", "s3.get-object.not-found", "--out", "/etc/passwd/x"], /--out \/etc\/passwd\/x: \/etc\/passwd is a file/));

test.concurrent("a missing --expectations file", () => expectUsageError(["run", "--expectations", "/nonexistent/expectations.json", "--out", "{out}"], /expectations file \/nonexistent\/expectations\.json: cannot be read/));

test.concurrent("an --expectations file that is not JSON", async () => {
  const path = join(inject("selfTmp"), "broken-expectations.json");
  writeFileSync(path, "{ not json");
  await expectUsageError(["run", "--expectations", path, "--out", "{out}"], /is not valid JSON/);
});

test.concurrent("a --ca-file that does not exist, on any target", () => expectUsageError(["run", "--ca-file", "/nonexistent/ca.pem", "--out", "{out}"], /--ca-file \/nonexistent\/ca\.pem: no such file/));

test.concurrent("an empty --region", () => expectUsageError(["run", "--endpoint", "http://127.0.0.1:9", "--region", "", "--out", "{out}"], /--region/));

test.concurrent("an empty --finding", () => expectUsageError(["run", "--finding", "", "--out", "{out}"], /--finding/));

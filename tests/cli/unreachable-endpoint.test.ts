import { expect, test } from "vitest";
import { runCli } from "../support/run-cli.ts";

test("nothing listening: every case that sends a request errored, the report written, exit 1, within 60 s", async () => {
  const run = await runCli(["run", "--endpoint", "http://127.0.0.1:1", "--mediastore-endpoint", "http://127.0.0.1:1", "--out", "{out}"], {
    AWS_ACCESS_KEY_ID: "unreachable-key",
    AWS_SECRET_ACCESS_KEY: "unreachable-secret",
  });
  expect(run.exitCode).toBe(1);
  expect(run.elapsedMs).toBeLessThan(60_000);
  expect(run.report).toBeDefined();
  const cases = run.report?.cases ?? [];
  expect(cases.length).toBeGreaterThan(20);
  // The one case that needs a missing container's endpoint, which a given endpoint does not declare, says so.
  const notErrored = cases.filter((entry) => entry.status !== "errored").map((entry) => `${entry.id}: ${entry.status}: ${entry.message}`);
  expect(notErrored).toEqual([expect.stringMatching(/^mediastore-data\.list-items\.not-found\.container-not-found: skipped: needs the endpoint/)]);
  expect(cases[0]?.message).toMatch(/unreachable.*ECONNREFUSED/);
  expect(run.report?.summary.errored).toBe(cases.length - 1);
});

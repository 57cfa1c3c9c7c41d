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
  // The cases whose requirements a plain-HTTP endpoint without a KMS key or a missing container's
  // endpoint does not meet are skipped before they send anything; every other case errored.
  const notErrored = cases.filter((entry) => entry.status !== "errored");
  expect(notErrored.filter((entry) => entry.status !== "skipped" || !entry.requires?.length).map((entry) => `${entry.id}: ${entry.status}: ${entry.message}`)).toEqual([]);
  expect(notErrored.map((entry) => entry.id)).toContain("mediastore-data.list-items.not-found.container-not-found");
  const errored = cases.filter((entry) => entry.status === "errored");
  expect(errored.length).toBeGreaterThan(20);
  for (const entry of errored) expect(entry.message, entry.id).toMatch(/unreachable.*ECONNREFUSED/);
});

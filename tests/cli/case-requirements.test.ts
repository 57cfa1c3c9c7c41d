import { expect, test } from "vitest";
import { runCli } from "../support/run-cli.ts";

test("a case whose requirement the target does not meet is skipped with its reason before any fixture: no bucket, no request", async () => {
  // The embedded target is plain HTTP without --sse-c-over-http and holds no KMS key.
  const run = await runCli(["run", "--filter", "s3.put-object.sse-c", "--filter", "s3.copy-object.sse-kms", "--seed", "1", "--out", "{out}"]);
  expect(run.stderr).toBe("");
  const cases = run.report?.cases ?? [];
  expect(cases.length).toBeGreaterThan(5);
  const notSkipped = cases.filter((entry) => entry.status !== "skipped" || !entry.requires?.length);
  expect(notSkipped.map((entry) => entry.id)).toEqual([]);
  for (const entry of cases) {
    const reason = entry.requires?.includes("sse-c") ? /^needs https: / : /^no KMS key configured/;
    expect(`${entry.id}: ${entry.message}`).toMatch(new RegExp(`^${entry.id.replace(/\./g, "\\.")}: ${reason.source.slice(1)}`));
    expect(entry.requests ?? 0, entry.id).toBe(0);
  }
  expect(run.stdout).toContain("left behind: none");
});

import { afterAll, beforeAll, expect, test } from "vitest";
import { RULES } from "../../oracle/rules.ts";
import { PROXY_CREDENTIALS } from "../support/proxy-runs.ts";
import { DEFAULT_KMS_KEY_ID } from "../support/reference-store/kms-keys.ts";
import { ReferenceStore } from "../support/reference-store/reference-store.ts";
import { runCli, type CliRun } from "../support/run-cli.ts";

/**
 * Every rule of the oracle can be reached: a default run of the S3 cases against the reference store
 * (every capability declared) and of the MediaStore Data cases against the embedded emulator
 * exercises each rule at least once, read from the reports' `rules` tables. A rule no run exercises
 * is a rule no case can break.
 */
const store = new ReferenceStore();
const runs: CliRun[] = [];

beforeAll(async () => {
  const endpoint = await store.start();
  runs.push(
    ...(await Promise.all([
      runCli(["run", "--endpoint", endpoint, "--filter", "s3.*", "--sse-c-over-http", "--kms-key-id", DEFAULT_KMS_KEY_ID, "--seed", "7", "--out", "{out}"], PROXY_CREDENTIALS),
      runCli(["run", "--filter", "mediastore-data", "--seed", "7", "--out", "{out}"]),
    ])),
  );
}, 600_000);

afterAll(() => store.stop());

test("the runs pass on the reference targets", () => {
  for (const run of runs) {
    const unpassed = run.report?.cases.filter((entry) => entry.status !== "passed" && entry.status !== "skipped").map((entry) => `${entry.id}: ${entry.status} ${entry.findings.map((finding) => finding.signature).join("; ")}`);
    expect(unpassed).toEqual([]);
  }
});

/**
 * Rules no run can reach through the S3 API, each with why: the agreement tests replay their recorded
 * rows, and no case can. Compared both ways, so a rule that becomes reachable must leave this list.
 */
const UNREACHABLE_BY_A_RUN: Record<string, string> = {
  "sse-kms.key-disabled": "needs a KMS key the target holds disabled (put-kms-disabled-key) or disabled after a write; no target declares one",
  "sse-kms.key-pending-deletion": "needs a KMS key scheduled for deletion after an object was written under it (get-kms-pending-deletion-key)",
};

test("every oracle rule is exercised at least once, but those no S3 request can reach", () => {
  const exercised = new Map<string, number>();
  for (const run of runs) for (const rule of run.report?.rules ?? []) exercised.set(rule.id, (exercised.get(rule.id) ?? 0) + rule.exercised);
  expect(exercised.size).toBe(RULES.size);
  const never = [...RULES.keys()].filter((id) => !exercised.get(id)).sort();
  expect(never).toEqual(Object.keys(UNREACHABLE_BY_A_RUN).sort());
});

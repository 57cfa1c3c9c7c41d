import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { ReportDiff } from "../../reports/diff/diff-reports.ts";
import { readFileSync } from "node:fs";
import { ProxyRuns } from "../support/proxy-runs.ts";
import { runCli } from "../support/run-cli.ts";

// The nightly job: last night's report is the baseline, tonight's the current one. Same seed
// both nights; the proxy checks Content-MD5 because s3rver does not, so the store is conformant there.
const CASE = "s3.put-object.metadata.round-trip";
const runs = new ProxyRuns();

beforeAll(async () => {
  await runs.start(
    {
      "last night": { checkContentMd5: true },
      tonight: { checkContentMd5: true },
      "tonight, x-amz-meta-* lost": { checkContentMd5: true, dropUserMetadata: true },
    },
    ["--seed", "11", "--filter", CASE, "--filter", "s3.head-object.not-found.*"],
  );
}, 120_000);

afterAll(() => runs.stop());

function reportOf(name: string): string {
  return join(runs.runs.get(name)!.outDir, "report.json");
}

test("diff of two same-seed runs of one target exits 0 with no regression", async () => {
  const diff = await runCli(["diff", reportOf("last night"), reportOf("tonight")]);
  expect(diff.stderr).toBe("");
  expect(diff.exitCode).toBe(0);
  expect(diff.stdout).toContain("**No regression**");
});

test("diff with one deviation injected by the fault proxy names exactly that new finding and exits 1", async () => {
  const diff = await runCli(["diff", reportOf("last night"), reportOf("tonight, x-amz-meta-* lost"), "--out", "{out}"]);
  expect(diff.exitCode).toBe(1);
  const written = JSON.parse(readFileSync(join(diff.outDir, "diff.json"), "utf8")) as ReportDiff;
  expect(written.newFindings.map((finding) => [finding.case, finding.signature])).toEqual([
    [CASE, "read.object.user-metadata header x-amz-meta-*: value / absent"],
  ]);
  expect(written.vanishedFindings).toEqual([]);
  expect(diff.stdout).toContain(written.newFindings[0]!.signature);
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import type { ReportDiff } from "../../reports/diff/diff-reports.ts";
import { RANGE_RULE, SAMPLE_RESULTS, sampleFinding, sampleReport } from "../reports/sample-results.ts";
import { runCli } from "../support/run-cli.ts";
import { writeReports } from "./report-fixtures.ts";

const extra = sampleFinding(RANGE_RULE, "header content-range", "value", "absent");
const withExtra = SAMPLE_RESULTS.map((result) => (result.id === "s3.get-object.range.invalid-range" ? { ...result, findings: [...result.findings, extra] } : result));
const paths = writeReports({ baseline: sampleReport(), same: sampleReport(), more: sampleReport(withExtra) });

test.concurrent("diff of a report and the same report exits 0 and names no regression", async () => {
  const run = await runCli(["diff", paths.baseline!, paths.same!]);
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toContain("**No regression**");
});

test.concurrent("diff with one more finding exits 1, names exactly that finding, and writes diff.md and diff.json", async () => {
  const run = await runCli(["diff", paths.baseline!, paths.more!, "--out", "{out}"]);
  expect(run.exitCode).toBe(1);
  expect(run.stdout).toContain(`[MUST] \`${extra.signature}\``);
  expect(readFileSync(join(run.outDir, "diff.md"), "utf8")).toBe(run.stdout);
  const diff = JSON.parse(readFileSync(join(run.outDir, "diff.json"), "utf8")) as ReportDiff;
  expect(diff.newFindings.map((finding) => [finding.case, finding.signature])).toEqual([["s3.get-object.range.invalid-range", extra.signature]]);
  expect(diff.regressed).toBe(true);
});

test.concurrent("diff of a missing or invalid report exits 2 with one line naming it", async () => {
  const missing = await runCli(["diff", paths.baseline!, "/no/such/report.json"]);
  expect(missing.exitCode).toBe(2);
  expect(missing.stderr.trim().split("\n")).toEqual([expect.stringContaining("/no/such/report.json")]);
  const invalid = await runCli(["diff", paths.baseline!, "{out}"]);
  expect(invalid.exitCode).toBe(2);
  expect(invalid.stderr.trim().split("\n")).toHaveLength(1);
});

import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { expect, test } from "vitest";
import type { Comparison } from "../../reports/compare/compare-reports.ts";
import { RANGE_RULE, SAMPLE_RESULTS, sampleFinding, sampleReport } from "../reports/sample-results.ts";
import { runCli } from "../support/run-cli.ts";
import { writeReports } from "./report-fixtures.ts";

const SUFFIX = "s3.get-object.range.suffix-range";

test("compare writes compare.html, compare.md and compare.json, aligned by id, linking each cell to its report", async () => {
  const other = sampleReport(SAMPLE_RESULTS.map((result) => (result.id === SUFFIX ? { ...result, status: "failed" as const, findings: [sampleFinding(RANGE_RULE, "status", "206", "200")] } : result)));
  other.target.name = "other-store";
  other.run.seed = 7;
  const paths = writeReports({ first: sampleReport(), second: other });
  const run = await runCli(["compare", paths.first!, dirname(paths.second!), "--out", "{out}"]);
  expect(run.stderr).toBe("");
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toContain("seeds differ: sample-store 42; other-store 7");
  for (const name of ["compare.html", "compare.md", "compare.json"]) expect(existsSync(join(run.outDir, name)), name).toBe(true);
  const comparison = JSON.parse(readFileSync(join(run.outDir, "compare.json"), "utf8")) as Comparison;
  expect(comparison.failsOnlyOn).toEqual([{ id: SUFFIX, target: "other-store" }]);
  const href = `${relative(run.outDir, dirname(paths.second!))}/report.html#${SUFFIX}`;
  expect(comparison.rows.find((row) => row.id === SUFFIX)!.cells[1]!.href).toBe(href);
  expect(readFileSync(join(run.outDir, "compare.html"), "utf8")).toContain(`href="${href}"`);
  expect(readFileSync(join(run.outDir, "compare.md"), "utf8")).toContain(`[failed · 1](${href})`);
});

test.concurrent("compare of fewer than two reports exits 2 with one line", async () => {
  const paths = writeReports({ only: sampleReport() });
  const run = await runCli(["compare", paths.only!, "--out", "{out}"]);
  expect(run.exitCode).toBe(2);
  expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining("at least two reports")]);
});

import { join } from "node:path";
import { expect, test } from "vitest";
import { renderCompareHtml } from "../../reports/compare/compare-html.ts";
import { renderCompareMarkdown } from "../../reports/compare/compare-markdown.ts";
import { compareReports } from "../../reports/compare/compare-reports.ts";
import { evaluateProfiles } from "../../reports/profiles/evaluate-profile.ts";
import { loadProfiles } from "../../cli/load-profiles.ts";
import type { CaseResult } from "../../reports/report-types.ts";
import { RANGE_RULE, SAMPLE_RESULTS, sampleFinding, sampleReport, sampleResult } from "./sample-results.ts";
import { expectSelfContained } from "./self-contained-page.ts";

const profiles = loadProfiles();
const SUFFIX = "s3.get-object.range.suffix-range";

/** Two stores: the second fails the suffix range, lacks one case, has one more, and ran another seed and version. */
function twoRuns() {
  const first = sampleReport();
  first.profiles = evaluateProfiles(profiles, first.cases);
  const results: CaseResult[] = SAMPLE_RESULTS.filter((result) => result.id !== "s3.put-object.body.empty").map((result) =>
    result.id === SUFFIX ? { ...result, status: "failed", findings: [sampleFinding(RANGE_RULE, "header content-range", "value", "absent")] } : result,
  );
  const second = sampleReport([...results, sampleResult({ id: "s3.head-object.range.only-here", operation: "HeadObject", status: "passed" })]);
  second.target.name = "other-store";
  second.run.seed = 7;
  second.tool.version = "0.2.0";
  return [
    { path: join("/runs", "first", "report.json"), report: first },
    { path: join("/runs", "second run", "report.json"), report: second },
  ];
}

test("cases are aligned by id, grouped protocol → operation → feature, each cell linking to that target's report", () => {
  const comparison = compareReports(twoRuns(), profiles, "/runs/compare");
  expect(comparison.targets.map((target) => target.label)).toEqual(["sample-store", "other-store"]);
  expect(comparison.targets.map((target) => target.reportHref)).toEqual(["../first/report.html", "../second%20run/report.html"]);
  expect(comparison.rows).toHaveLength(SAMPLE_RESULTS.length + 1);
  expect(comparison.rows.map((row) => `${row.protocol} ${row.operation}`)).toEqual([...comparison.rows.map((row) => `${row.protocol} ${row.operation}`)].sort());
  const suffix = comparison.rows.find((row) => row.id === SUFFIX)!;
  expect(suffix.cells).toEqual([
    { status: "passed", findings: 0, signatures: [], href: `../first/report.html#${SUFFIX}` },
    { status: "failed", findings: 1, signatures: [`${RANGE_RULE.id} header content-range: value / absent`], href: `../second%20run/report.html#${SUFFIX}` },
  ]);
  expect(comparison.rows.find((row) => row.id === "s3.put-object.body.empty")!.cells[1]).toBeNull();
});

test("the differences between the runs are stated: tool versions, seeds, case sets", () => {
  const comparison = compareReports(twoRuns(), profiles, "/runs/compare");
  expect(comparison.differences).toEqual([
    "tool versions differ: sample-store s3-conformance 0.1.0; other-store s3-conformance 0.2.0",
    "seeds differ: sample-store 42; other-store 7",
    "case sets differ: sample-store lacks 1 of the 10 cases, e.g. s3.head-object.range.only-here",
    "case sets differ: other-store lacks 1 of the 10 cases, e.g. s3.put-object.body.empty",
  ]);
  const markdown = renderCompareMarkdown(comparison);
  for (const line of comparison.differences) expect(markdown).toContain(`- ${line}`);
});

test("the views: fails on one target only, differs between targets, totals, and the profiles per target", () => {
  const comparison = compareReports(twoRuns(), profiles, "/runs/compare");
  expect(comparison.failsOnlyOn).toEqual([{ id: SUFFIX, target: "other-store" }]);
  expect(comparison.differing).toEqual([SUFFIX]);
  expect(comparison.targets.map((target) => [target.totals.failed, target.findings.MUST])).toEqual([
    [3, 3],
    [4, 4],
  ]);
  // The second report carried no verdicts: they are evaluated now, and said so.
  expect(comparison.targets.map((target) => target.profilesEvaluatedNow)).toEqual([false, true]);
  expect(comparison.targets[1]!.profiles.find((profile) => profile.id === "s3-core")!.aws.findings.MUST).toBe(3);
  const markdown = renderCompareMarkdown(comparison);
  expect(markdown).toContain(`- \`${SUFFIX}\`: failed on other-store only`);
  expect(markdown).toContain(`[failed · 1](../second%20run/report.html#${SUFFIX})`);
  expect(markdown).toContain("Evaluated now with this tool's profiles (the report had none): other-store.");
});

test("two reports of one target get their run ids in the labels", () => {
  const [first] = twoRuns();
  const again = { path: "/runs/again/report.json", report: { ...first!.report, run: { ...first!.report.run, id: "efgh5678" } } };
  expect(compareReports([first!, again], profiles, "/runs").targets.map((target) => target.label)).toEqual(["sample-store (abcd1234)", "sample-store (efgh5678)"]);
});

test("compare.html is self-contained, links each cell, and shows outcomes in words", () => {
  const page = renderCompareHtml(compareReports(twoRuns(), profiles, "/runs/compare"));
  expectSelfContained(page);
  expect(page).toContain(`href="../second%20run/report.html#${SUFFIX}"`);
  expect(page).toMatch(/<span class="status status-failed"><span aria-hidden="true">✗<\/span> failed<\/span> · 1 finding</);
  expect(page).toContain("seeds differ: sample-store 42; other-store 7");
  expect(page).toContain("— not run");
});

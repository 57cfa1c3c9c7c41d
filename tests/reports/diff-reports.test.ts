import { expect, test } from "vitest";
import { renderDiffMarkdown } from "../../reports/diff/diff-markdown.ts";
import { diffReports } from "../../reports/diff/diff-reports.ts";
import { outcomeDirection } from "../../reports/diff/outcome-order.ts";
import type { CaseResult, Report } from "../../reports/report-types.ts";
import { RANGE_FINDING, RANGE_RULE, SAMPLE_RESULTS, sampleFinding, sampleReport, sampleResult } from "./sample-results.ts";

const at = (path: string, report: Report) => ({ path, report });
const withCase = (id: string, change: (result: CaseResult) => CaseResult): CaseResult[] => SAMPLE_RESULTS.map((result) => (result.id === id ? change(result) : result));

test("a report against itself: nothing new, nothing vanished, no regression", () => {
  const diff = diffReports(at("a.json", sampleReport()), at("b.json", sampleReport()));
  expect(diff).toMatchObject({ newFindings: [], vanishedFindings: [], outcomeChanges: [], addedCases: [], removedCases: [], differences: [], regressed: false });
  const markdown = renderDiffMarkdown(diff);
  expect(markdown).toContain("**No regression**");
  expect(markdown).toContain("## New findings (regressions)\n\nNone.");
});

test("one more finding in a case is exactly that regression, named", () => {
  const extra = sampleFinding(RANGE_RULE, "header content-range", "value", "absent");
  const current = sampleReport(withCase("s3.get-object.range.invalid-range", (result) => ({ ...result, findings: [...result.findings, extra] })));
  const diff = diffReports(at("baseline.json", sampleReport()), at("current.json", current));
  expect(diff.newFindings).toEqual([
    { case: "s3.get-object.range.invalid-range", signature: extra.signature, rule: RANGE_RULE.id, requirement: "MUST", statement: RANGE_RULE.statement, source: extra.source },
  ]);
  expect(diff).toMatchObject({ vanishedFindings: [], outcomeChanges: [], regressed: true });
  const markdown = renderDiffMarkdown(diff);
  expect(markdown).toContain("**Regressed**: 1 new finding(s), 0 outcome(s) worse.");
  expect(markdown).toContain(`- \`s3.get-object.range.invalid-range\` [MUST] \`${extra.signature}\``);
});

test("a vanished finding is a fix, and an outcome that got better is no regression", () => {
  const current = sampleReport(withCase("s3.get-object.range.invalid-range", (result) => ({ ...result, status: "passed", findings: [] })));
  const diff = diffReports(at("baseline.json", sampleReport()), at("current.json", current));
  expect(diff.vanishedFindings.map((finding) => [finding.case, finding.signature])).toEqual([["s3.get-object.range.invalid-range", RANGE_FINDING.signature]]);
  expect(diff.outcomeChanges).toEqual([{ case: "s3.get-object.range.invalid-range", from: "failed", to: "passed", direction: "better" }]);
  expect(diff.regressed).toBe(false);
});

test("an outcome that got worse regresses even without a new finding; findings of a case now errored are no confirmed fix", () => {
  const current = sampleReport(withCase("s3.get-object.range.past-end", (result) => ({ ...result, status: "errored", findings: [], message: "ECONNREFUSED" })));
  const worse = sampleReport(withCase("s3.get-object.conditional.if-match", (result) => ({ ...result, status: "errored" })));
  const erroredNow = diffReports(at("a.json", sampleReport()), at("b.json", current));
  expect(erroredNow.outcomeChanges).toEqual([{ case: "s3.get-object.range.past-end", from: "failed", to: "errored", direction: "changed" }]);
  expect(erroredNow.vanishedFindings).toMatchObject([{ signature: RANGE_FINDING.signature, caseNow: "errored" }]);
  expect(erroredNow.regressed).toBe(false);
  expect(renderDiffMarkdown(erroredNow)).toContain("the case is now errored: not a confirmed fix");
  const regressed = diffReports(at("a.json", sampleReport()), at("b.json", worse));
  expect(regressed).toMatchObject({ newFindings: [], regressed: true, outcomeChanges: [{ case: "s3.get-object.conditional.if-match", from: "passed", to: "errored", direction: "worse" }] });
});

test("cases added and removed are listed by id, and the runs' differences are stated", () => {
  const added = sampleResult({ id: "s3.get-object.range.brand-new", status: "failed", findings: [RANGE_FINDING] });
  const current = sampleReport([...SAMPLE_RESULTS.filter((result) => result.id !== "s3.put-object.body.empty"), added]);
  current.run.seed = 7;
  current.tool.version = "0.2.0";
  const diff = diffReports(at("a.json", sampleReport()), at("b.json", current));
  expect(diff.addedCases).toEqual([{ case: "s3.get-object.range.brand-new", status: "failed", findings: 1 }]);
  expect(diff.removedCases).toEqual([{ case: "s3.put-object.body.empty", status: "errored", findings: 0 }]);
  // A new case's findings are not regressions of a case the baseline had.
  expect(diff.newFindings).toEqual([]);
  expect(diff.differences).toEqual(["tool versions differ: baseline s3-conformance 0.1.0; current s3-conformance 0.2.0", "seeds differ: baseline 42; current 7"]);
});

test("outcomes are ordered passed < skipped, unsupported < non-strict < failed, errored", () => {
  expect(outcomeDirection("passed", "non-strict")).toBe("worse");
  expect(outcomeDirection("passed", "skipped")).toBe("worse");
  expect(outcomeDirection("non-strict", "failed")).toBe("worse");
  expect(outcomeDirection("failed", "non-strict")).toBe("better");
  expect(outcomeDirection("failed", "errored")).toBe("changed");
  expect(outcomeDirection("skipped", "unsupported")).toBe("changed");
});

import type { Finding } from "../harness/findings.ts";
import { compareWithExpectation } from "./compare-expectation.ts";
import { expectationFor } from "./expectations.ts";
import { ruleCoverage, type RuleCatalog } from "./rule-coverage.ts";
import { REPORT_SCHEMA_ID } from "./report-types.ts";
import type { CaseResult, ExpectationsFile, Report, ReportCase, Summary } from "./report-types.ts";

export interface ReportInput {
  tool: Report["tool"];
  run: Report["run"];
  target: Report["target"];
  results: CaseResult[];
  expectations: ExpectationsFile;
  /** The oracle's rules, for the coverage table. */
  rules: RuleCatalog;
  /** The command that reproduces one finding of a case, or undefined when there is none to offer. */
  replayCommand: (result: CaseResult, finding: Finding) => string | undefined;
}

/** Applies the expectations to a run's results: the report the writers and the exit code read. */
export function buildReport(input: ReportInput): Report {
  const cases = [...input.results].sort(byId).map((result) => reportCase(result, input));
  return {
    schema: REPORT_SCHEMA_ID,
    tool: input.tool,
    run: input.run,
    target: input.target,
    summary: summaryOf(cases),
    rules: ruleCoverage(input.rules, cases),
    cases,
  };
}

/** 1 when any case differs from its expectation or the run itself had problems. */
export function exitCodeOf(report: Report): 0 | 1 {
  return report.run.errors.length === 0 && report.cases.every((entry) => entry.asExpected) ? 0 : 1;
}

function reportCase(result: CaseResult, input: ReportInput): ReportCase {
  const expected = expectationFor(input.expectations, result.id);
  const compared = compareWithExpectation(result, expected);
  const findings = compared.findings.map((finding) => {
    const replay = input.replayCommand(result, finding);
    return replay === undefined ? finding : { ...finding, replay };
  });
  return { ...result, findings, expected, vanished: compared.vanished, asExpected: compared.asExpected };
}

function summaryOf(cases: ReportCase[]): Summary {
  const summary: Summary = {
    total: cases.length,
    passed: 0,
    "non-strict": 0,
    failed: 0,
    unsupported: 0,
    skipped: 0,
    errored: 0,
    unexpected: 0,
    findings: { MUST: 0, SHOULD: 0, MAY: 0 },
    newFindings: 0,
    vanishedFindings: 0,
    requests: 0,
  };
  for (const entry of cases) {
    summary[entry.status] += 1;
    if (!entry.asExpected) summary.unexpected += 1;
    for (const finding of entry.findings) {
      summary.findings[finding.requirement] += 1;
      if (!finding.known) summary.newFindings += 1;
    }
    summary.vanishedFindings += entry.vanished.length;
    summary.requests += entry.requests ?? 0;
  }
  return summary;
}

function byId(a: CaseResult, b: CaseResult): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

import type { CaseResult, Expectation, ExpectedFinding, ReportFinding } from "./report-types.ts";

/**
 * A case's findings against its expectation, both ways: a finding the expectation does not list is
 * new (a regression), a listed one that did not appear has vanished (a fix to confirm). Either, or a
 * different outcome, makes the case unexpected.
 */
export function compareWithExpectation(result: CaseResult, expected: Expectation): { findings: ReportFinding[]; vanished: ExpectedFinding[]; asExpected: boolean } {
  const listed = new Set(expected.findings.map((finding) => finding.signature));
  const seen = new Set(result.findings.map((finding) => finding.signature));
  const findings = result.findings.map((finding) => ({ ...finding, known: listed.has(finding.signature) }));
  // A case that ended before judging (skipped, unsupported, errored) or whose findings were capped cannot show a fix.
  const judged = result.status !== "errored" && result.status !== "skipped" && result.status !== "unsupported" && result.findingsLeftOut === undefined;
  const vanished = judged ? expected.findings.filter((finding) => !seen.has(finding.signature)) : [];
  const asExpected = result.status === expected.status && findings.every((finding) => finding.known) && vanished.length === 0;
  return { findings, vanished, asExpected };
}

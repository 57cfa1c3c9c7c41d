import type { CaseStatus } from "../harness/outcome.ts";
import type { ReportCase, ReportFinding } from "./report-types.ts";

/** Outcomes that end a case before it judged the target: they carry a reason, not findings. */
const ENDED_EARLY: ReadonlySet<CaseStatus> = new Set(["skipped", "unsupported", "errored"]);

/**
 * What the JUnit and Allure writers say of a case, read from the report (the expectations already
 * applied), one line each. The first words of each line are fixed, so Allure's categories can match
 * them:
 * - `skipped: <reason>`, `unsupported: <reason>`, `errored: <reason>` for a case that ended early;
 * - `as expected: <outcome>, N known finding(s)` for an as-expected case with findings;
 * - for an unexpected case, `outcome changed: <outcome>, expected <outcome>`, then
 *   `new finding [<requirement>] <signature>` and `vanished finding <signature>`, one per finding.
 * An as-expected case without findings (a pass, or an expected skip's reason aside) says nothing more.
 */
export function verdictLines(entry: ReportCase): string[] {
  const lines: string[] = [];
  if (ENDED_EARLY.has(entry.status)) lines.push(`${entry.status}: ${oneLine(entry.message ?? entry.expected.reason ?? "no reason given")}`);
  if (entry.asExpected && entry.findings.length > 0) {
    lines.push(`as expected: ${entry.status}, ${entry.findings.length} known finding${entry.findings.length === 1 ? "" : "s"}`);
  }
  return [...lines, ...differenceLines(entry)];
}

/** The case's own message (a failure's first lines) when `verdictLines` does not already quote it. */
export function messageBeyondVerdict(entry: ReportCase): string | undefined {
  return entry.message && !ENDED_EARLY.has(entry.status) ? entry.message : undefined;
}

/** How a case differs from its expectation (empty when it is as expected): the outcome, the new and the vanished findings. */
export function differenceLines(entry: ReportCase): string[] {
  if (entry.asExpected) return [];
  return [
    ...(entry.status === entry.expected.status ? [] : [`outcome changed: ${entry.status}, expected ${entry.expected.status}`]),
    ...entry.findings.filter((finding) => !finding.known).map((finding) => `new finding [${finding.requirement}] ${finding.signature}`),
    ...entry.vanished.map((finding) => `vanished finding ${finding.signature}`),
  ];
}

/**
 * A finding for people, several lines: requirement, signature, whether it is known (and why), the
 * rule's statement and source, the example, and how to see it again.
 */
export function findingText(finding: ReportFinding, reason: string | undefined): string {
  const shrink = [
    finding.seed !== undefined ? `seed ${finding.seed}` : "",
    finding.path !== undefined ? `path ${finding.path}` : "",
    finding.reproduced === false ? "not seen again on replay" : "",
  ].filter(Boolean);
  return [
    `${finding.known ? "expected finding" : "new finding"}: [${finding.requirement}] ${finding.signature}`,
    ...(finding.known && reason !== undefined ? [`  known because: ${reason}`] : []),
    `  rule: ${finding.statement} (${finding.provenance.kind}, ${finding.source})`,
    `  ${finding.inputs} input(s)${shrink.length > 0 ? `, ${shrink.join(", ")}` : ""}; example: ${finding.example}`,
    ...(finding.replay !== undefined ? [`  replay: ${finding.replay}`] : []),
  ].join("\n");
}

/** Every finding of a case for people (known, new, then vanished ones), and how many were left out; one block each. */
export function findingBlocks(entry: ReportCase): string[] {
  return [
    ...entry.findings.map((finding) => findingText(finding, knownReason(entry, finding))),
    ...entry.vanished.map((finding) => `vanished finding: ${finding.signature}\n  expected because: ${finding.reason}`),
    ...(entry.findingsLeftOut ? [`… ${entry.findingsLeftOut} more distinct finding(s) left out (at most 8 per case)`] : []),
  ];
}

/** The reason the expectations give for a known finding. */
export function knownReason(entry: ReportCase, finding: ReportFinding): string | undefined {
  return finding.known ? entry.expected.findings.find((expected) => expected.signature === finding.signature)?.reason : undefined;
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " | ").trim();
}

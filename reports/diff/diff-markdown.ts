import { markdownCode as code } from "../markdown-code.ts";
import type { RunIdentity } from "../run-identity.ts";
import type { DiffFinding, OutcomeChange, ReportDiff } from "./diff-reports.ts";
import { OUTCOME_ORDER_TEXT } from "./outcome-order.ts";

/** The diff as Markdown: the verdict first, then regressions, worse outcomes, fixes and the rest. */
export function renderDiffMarkdown(diff: ReportDiff): string {
  const worse = diff.outcomeChanges.filter((change) => change.direction === "worse");
  const others = diff.outcomeChanges.filter((change) => change.direction !== "worse");
  const sections = [
    header(diff, worse.length),
    section("New findings (regressions)", diff.newFindings.map(findingLines), "None."),
    section("Outcomes that got worse", worse.map(changeLine), "None."),
    section("Vanished findings (fixes to confirm)", diff.vanishedFindings.map(findingLines)),
    section("Other outcome changes", others.map(changeLine)),
    section("Cases added", diff.addedCases.map((entry) => [`- ${code(entry.case)}: ${entry.status}, ${entry.findings} finding(s)`])),
    section("Cases removed", diff.removedCases.map((entry) => [`- ${code(entry.case)}: was ${entry.status}, ${entry.findings} finding(s)`])),
  ];
  return `${sections.filter((lines) => lines.length > 0).map((lines) => lines.join("\n")).join("\n\n")}\n`;
}

function header(diff: ReportDiff, worse: number): string[] {
  const verdict = diff.regressed
    ? `**Regressed**: ${diff.newFindings.length} new finding(s), ${worse} outcome(s) worse.`
    : "**No regression**: no new finding, no outcome worse.";
  return [
    `# Diff of ${diff.baseline.target} → ${diff.current.target}`,
    "",
    `- baseline: ${identityLine(diff.baseline)}`,
    `- current: ${identityLine(diff.current)}`,
    ...diff.differences.map((line) => `- ${line}`),
    "",
    verdict,
    `${diff.newFindings.length} new and ${diff.vanishedFindings.length} vanished finding(s); ${diff.outcomeChanges.length} outcome change(s); ${diff.addedCases.length} case(s) added, ${diff.removedCases.length} removed. Cases are aligned by id; outcomes are ordered ${OUTCOME_ORDER_TEXT}.`,
  ];
}

function identityLine(identity: RunIdentity): string {
  return `${code(identity.path)}: ${identity.target} (${identity.kind}), ${identity.tool}, run ${code(identity.runId)} of ${identity.startedAt}, seed ${identity.seed}`;
}

function section(title: string, items: string[][], whenEmpty?: string): string[] {
  if (items.length === 0) return whenEmpty === undefined ? [] : [`## ${title}`, "", whenEmpty];
  return [`## ${title}`, "", ...items.flat()];
}

function findingLines(finding: DiffFinding): string[] {
  const notes = [
    finding.caseNow !== undefined ? `the case is now ${finding.caseNow}: not a confirmed fix` : "",
    finding.otherCapped ? "the other run left findings of this case out: it may have had this one" : "",
  ].filter(Boolean);
  const lines = [`- ${code(finding.case)} [${finding.requirement}] ${code(finding.signature)}`, `  - ${finding.statement} (${finding.source})`];
  if (notes.length > 0) lines.push(`  - ${notes.join("; ")}`);
  if (finding.replay !== undefined) lines.push(`  - replay: ${code(finding.replay)}`);
  return lines;
}

function changeLine(change: OutcomeChange): string[] {
  return [`- ${code(change.case)}: ${change.from} → ${change.to}`];
}

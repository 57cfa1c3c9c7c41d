import type { CaseStatus } from "../../harness/outcome.ts";
import type { Requirement } from "../../harness/rule-types.ts";
import type { Report, ReportCase, ReportFinding } from "../report-types.ts";
import { runDifferences, runIdentity, type RunIdentity } from "../run-identity.ts";
import { isJudged, outcomeDirection, type OutcomeDirection } from "./outcome-order.ts";

export const DIFF_SCHEMA_ID = "s3-conformance/diff@1";

export interface DiffFinding {
  case: string;
  signature: string;
  rule: string;
  requirement: Requirement;
  statement: string;
  source: string;
  replay?: string;
  /** The other run's case left findings out (at most 8 a case): this one may have been among them. */
  otherCapped?: true;
  /** For a vanished finding: the current case did not judge the target (skipped, unsupported, errored), so it is no fix yet. */
  caseNow?: CaseStatus;
}

export interface OutcomeChange {
  case: string;
  from: CaseStatus;
  to: CaseStatus;
  direction: OutcomeDirection;
}

export interface CaseOnOneSide {
  case: string;
  status: CaseStatus;
  findings: number;
}

/** What changed from a baseline run to a current one, case by case (aligned by id). */
export interface ReportDiff {
  schema: typeof DIFF_SCHEMA_ID;
  baseline: RunIdentity;
  current: RunIdentity;
  /** How the runs differ beyond their results: targets, tool versions, seeds, runs, filters. */
  differences: string[];
  /** Signatures in the current run that the baseline did not have for the same case: regressions. */
  newFindings: DiffFinding[];
  /** Signatures of the baseline that the current run did not show for the same case: fixes. */
  vanishedFindings: DiffFinding[];
  outcomeChanges: OutcomeChange[];
  addedCases: CaseOnOneSide[];
  removedCases: CaseOnOneSide[];
  /** A new finding or an outcome that got worse: `diff` exits 1. */
  regressed: boolean;
}

export function diffReports(baseline: { path: string; report: Report }, current: { path: string; report: Report }): ReportDiff {
  const before = new Map(baseline.report.cases.map((entry) => [entry.id, entry]));
  const after = new Map(current.report.cases.map((entry) => [entry.id, entry]));
  const newFindings: DiffFinding[] = [];
  const vanishedFindings: DiffFinding[] = [];
  const outcomeChanges: OutcomeChange[] = [];
  for (const [id, now] of after) {
    const then = before.get(id);
    if (then === undefined) continue;
    newFindings.push(...findingsOnlyIn(now, then));
    const vanished = findingsOnlyIn(then, now);
    vanishedFindings.push(...vanished.map((finding) => (isJudged(now.status) ? finding : { ...finding, caseNow: now.status })));
    if (then.status !== now.status) outcomeChanges.push({ case: id, from: then.status, to: now.status, direction: outcomeDirection(then.status, now.status) });
  }
  const onOneSide = (entry: ReportCase): CaseOnOneSide => ({ case: entry.id, status: entry.status, findings: entry.findings.length });
  const baselineIdentity = runIdentity(baseline.path, baseline.report);
  const currentIdentity = runIdentity(current.path, current.report);
  return {
    schema: DIFF_SCHEMA_ID,
    baseline: baselineIdentity,
    current: currentIdentity,
    differences: differencesOf(baselineIdentity, currentIdentity),
    newFindings,
    vanishedFindings,
    outcomeChanges,
    addedCases: [...after.values()].filter((entry) => !before.has(entry.id)).map(onOneSide),
    removedCases: [...before.values()].filter((entry) => !after.has(entry.id)).map(onOneSide),
    regressed: newFindings.length > 0 || outcomeChanges.some((change) => change.direction === "worse"),
  };
}

/** The findings of `entry` whose signature `other` (the same case in the other run) lacks. */
function findingsOnlyIn(entry: ReportCase, other: ReportCase): DiffFinding[] {
  const seen = new Set(other.findings.map((finding) => finding.signature));
  return entry.findings.filter((finding) => !seen.has(finding.signature)).map((finding) => diffFinding(entry.id, finding, Boolean(other.findingsLeftOut)));
}

function diffFinding(id: string, finding: ReportFinding, otherCapped: boolean): DiffFinding {
  return {
    case: id,
    signature: finding.signature,
    rule: finding.rule,
    requirement: finding.requirement,
    statement: finding.statement,
    source: finding.source,
    ...(finding.replay !== undefined ? { replay: finding.replay } : {}),
    ...(otherCapped ? { otherCapped: true as const } : {}),
  };
}

function differencesOf(baseline: RunIdentity, current: RunIdentity): string[] {
  const runs = [
    { label: "baseline", identity: baseline },
    { label: "current", identity: current },
  ];
  const target = (identity: RunIdentity) => `${identity.target} (${identity.kind}) at ${identity.endpoint}`;
  const targets = target(baseline) === target(current) ? [] : [`targets differ: baseline ${target(baseline)}; current ${target(current)}`];
  return [...targets, ...runDifferences(runs)];
}

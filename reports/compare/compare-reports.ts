import { dirname, relative, sep } from "node:path";
import type { CaseStatus } from "../../harness/outcome.ts";
import { CASE_STATUSES } from "../case-statuses.ts";
import { evaluateProfiles } from "../profiles/evaluate-profile.ts";
import type { Profile, ProfileVerdict } from "../profiles/profile-types.ts";
import type { Report, ReportCase, RequirementCounts } from "../report-types.ts";
import { runDifferences, runIdentity, type RunIdentity } from "../run-identity.ts";

export const COMPARE_SCHEMA_ID = "s3-conformance/compare@1";

export interface ComparedTarget {
  /** The column's name: the target's, with the run id when two reports share a target name. */
  label: string;
  identity: RunIdentity;
  /** The target's report.html, relative to the comparison's folder. */
  reportHref: string;
  totals: Record<CaseStatus, number> & { cases: number };
  findings: RequirementCounts;
  profiles: ProfileVerdict[];
  /** True when the report had no profile verdicts and they were evaluated now, with today's profiles. */
  profilesEvaluatedNow: boolean;
  /** Case ids other reports have and this one lacks. */
  missingCases: string[];
}

export interface ComparedCell {
  status: CaseStatus;
  findings: number;
  signatures: string[];
  /** This case in this target's report.html. */
  href: string;
}

export interface ComparedRow {
  id: string;
  protocol: string;
  operation: string;
  feature: string;
  title: string;
  /** One per target, in target order; null where the report lacks the case. */
  cells: (ComparedCell | null)[];
}

/** Several runs side by side, aligned by case id. */
export interface Comparison {
  schema: typeof COMPARE_SCHEMA_ID;
  targets: ComparedTarget[];
  /** How the runs differ beyond their results: tool versions, seeds, runs per property, filters, case sets. */
  differences: string[];
  /** Cases sorted protocol → operation → feature → id. */
  rows: ComparedRow[];
  /** Cases that failed on exactly one target and not on the others that ran them. */
  failsOnlyOn: { id: string; target: string }[];
  /** Cases whose outcome or findings differ between the targets that have them. */
  differing: string[];
}

export interface ComparedReport {
  path: string;
  report: Report;
}

/** Compares runs; `outDir` is where the comparison is written (links are relative to it). */
export function compareReports(inputs: ComparedReport[], profiles: Profile[], outDir: string): Comparison {
  const labels = labelsOf(inputs);
  const byId = inputs.map((input) => new Map(input.report.cases.map((entry) => [entry.id, entry])));
  const allIds = [...new Set(inputs.flatMap((input) => input.report.cases.map((entry) => entry.id)))];
  const hrefs = inputs.map((input) => reportHref(outDir, input.path));
  const rows = allIds.map((id) => rowOf(id, byId, hrefs)).sort(byGroupThenId);
  const targets = inputs.map((input, index): ComparedTarget => {
    const own = byId[index]!;
    return {
      label: labels[index]!,
      identity: runIdentity(input.path, input.report),
      reportHref: hrefs[index]!,
      totals: { cases: input.report.cases.length, ...countStatuses(input.report.cases) },
      findings: input.report.summary.findings,
      profiles: input.report.profiles ?? evaluateProfiles(profiles, input.report.cases),
      profilesEvaluatedNow: input.report.profiles === undefined,
      missingCases: rows.filter((row) => !own.has(row.id)).map((row) => row.id),
    };
  });
  return {
    schema: COMPARE_SCHEMA_ID,
    targets,
    differences: [...runDifferences(targets.map((target) => ({ label: target.label, identity: target.identity }))), ...caseSetDifferences(targets, rows.length)],
    rows,
    failsOnlyOn: failsOnlyOn(rows, labels),
    differing: rows.filter(differs).map((row) => row.id),
  };
}

function rowOf(id: string, byId: Map<string, ReportCase>[], hrefs: string[]): ComparedRow {
  const first = byId.map((cases) => cases.get(id)).find((entry) => entry !== undefined)!;
  return {
    id,
    protocol: first.protocol,
    operation: first.operation,
    feature: first.feature,
    title: first.title,
    cells: byId.map((cases, index) => {
      const entry = cases.get(id);
      if (entry === undefined) return null;
      return { status: entry.status, findings: entry.findings.length, signatures: entry.findings.map((finding) => finding.signature).sort(), href: `${hrefs[index]}#${encodeURIComponent(id)}` };
    }),
  };
}

/** The target's name; with the run id (then the position) when two reports would get the same name. */
function labelsOf(inputs: ComparedReport[]): string[] {
  const names = inputs.map((input) => input.report.target.name);
  const withRun = inputs.map((input, index) => (names.filter((name) => name === names[index]).length > 1 ? `${names[index]} (${input.report.run.id})` : names[index]!));
  return withRun.map((label, index) => (withRun.filter((other) => other === label).length > 1 ? `${label} #${index + 1}` : label));
}

/** `<report dir>/report.html`, relative to the comparison's folder, as a URL path. */
function reportHref(outDir: string, reportPath: string): string {
  const folder = relative(outDir, dirname(reportPath));
  const segments = folder === "" ? [] : folder.split(sep).map((segment) => encodeURIComponent(segment).replace(/[()]/g, (paren) => (paren === "(" ? "%28" : "%29")));
  return [...segments, "report.html"].join("/");
}

function countStatuses(cases: ReportCase[]): Record<CaseStatus, number> {
  const counts = Object.fromEntries(CASE_STATUSES.map((status) => [status, 0])) as Record<CaseStatus, number>;
  for (const entry of cases) counts[entry.status] += 1;
  return counts;
}

function caseSetDifferences(targets: ComparedTarget[], total: number): string[] {
  return targets
    .filter((target) => target.missingCases.length > 0)
    .map((target) => `case sets differ: ${target.label} lacks ${target.missingCases.length} of the ${total} cases, e.g. ${target.missingCases.slice(0, 3).join(", ")}`);
}

function failsOnlyOn(rows: ComparedRow[], labels: string[]): { id: string; target: string }[] {
  return rows.flatMap((row) => {
    const present = row.cells.flatMap((cell, index) => (cell === null ? [] : [{ cell, index }]));
    const failing = present.filter(({ cell }) => cell.status === "failed");
    return present.length >= 2 && failing.length === 1 ? [{ id: row.id, target: labels[failing[0]!.index]! }] : [];
  });
}

function differs(row: ComparedRow): boolean {
  const verdicts = row.cells.flatMap((cell) => (cell === null ? [] : [`${cell.status} ${cell.signatures.join("|")}`]));
  return new Set(verdicts).size > 1;
}

function byGroupThenId(a: ComparedRow, b: ComparedRow): number {
  const key = (row: ComparedRow) => [row.protocol, row.operation, row.feature, row.id];
  const [left, right] = [key(a), key(b)];
  for (let index = 0; index < left.length; index += 1) {
    if (left[index]! !== right[index]!) return left[index]! < right[index]! ? -1 : 1;
  }
  return 0;
}

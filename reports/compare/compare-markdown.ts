import { CASE_STATUSES } from "../case-statuses.ts";
import { markdownCode as code } from "../markdown-code.ts";
import { markdownTable } from "../markdown-table.ts";
import { verdictText } from "../profiles/profiles-markdown.ts";
import type { ComparedCell, ComparedRow, Comparison } from "./compare-reports.ts";
import { groupRows } from "./row-groups.ts";

/** compare.md: the runs and how they differ, the totals, the profile verdicts, the views, then the whole matrix. */
export function renderCompareMarkdown(comparison: Comparison): string {
  const labels = comparison.targets.map((target) => target.label);
  const sections = [
    [`# Comparison of ${labels.join(", ")}`, "", "Cases are aligned by id. Each cell is the outcome and the number of findings, linking to the case in that target's report.html."],
    differencesSection(comparison),
    totalsSection(comparison),
    profilesSection(comparison),
    [
      "## Fails on one target only",
      "",
      ...(comparison.failsOnlyOn.length === 0 ? ["None."] : comparison.failsOnlyOn.map((entry) => `- ${code(entry.id)}: failed on ${entry.target} only`)),
    ],
    ["## Differs between targets", "", ...matrix(comparison, comparison.rows.filter((row) => comparison.differing.includes(row.id)), "None: every case that more than one run has ended the same, with the same findings.")],
    ["## All cases", ...groupRows(comparison.rows).flatMap((group) => ["", `### ${group.protocol} · ${group.operation}`, "", ...matrix(comparison, group.rows, "")])],
  ];
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}

function differencesSection(comparison: Comparison): string[] {
  const lines = comparison.targets.map(
    ({ label, identity }) => `- ${label}: ${code(identity.path)}, ${identity.target} (${identity.kind}) at ${identity.endpoint}, ${identity.tool}, run ${code(identity.runId)} of ${identity.startedAt}, seed ${identity.seed}`,
  );
  const differences = comparison.differences.length === 0 ? ["Same tool version, seed, runs per property, filter and case set."] : comparison.differences.map((line) => `- ${line}`);
  return ["## Runs", "", ...lines, "", ...differences];
}

function totalsSection(comparison: Comparison): string[] {
  const rows = comparison.targets.map((target) => [
    target.label,
    String(target.totals.cases),
    ...CASE_STATUSES.map((status) => String(target.totals[status])),
    String(target.findings.MUST),
    String(target.findings.SHOULD),
    String(target.findings.MAY),
  ]);
  const header = ["target", "cases", ...CASE_STATUSES, "MUST findings", "SHOULD findings", "MAY findings"];
  return ["## Totals", "", ...markdownTable(header, rows, ["left", ...header.slice(1).map(() => "right" as const)])];
}

function profilesSection(comparison: Comparison): string[] {
  const ids = [...new Set(comparison.targets.flatMap((target) => target.profiles.map((profile) => profile.id)))];
  if (ids.length === 0) return [];
  const rows = ids.map((id) => [
    code(id),
    ...comparison.targets.map((target) => {
      const verdict = target.profiles.find((profile) => profile.id === id);
      return verdict === undefined ? "—" : `aws ${verdictText(verdict.aws)}; strict ${verdictText(verdict.strict)}`;
    }),
  ]);
  const evaluatedNow = comparison.targets.filter((target) => target.profilesEvaluatedNow).map((target) => target.label);
  return [
    "## Certification profiles",
    "",
    ...markdownTable(["profile", ...comparison.targets.map((target) => target.label)], rows),
    ...(evaluatedNow.length > 0 ? ["", `Evaluated now with this tool's profiles (the report had none): ${evaluatedNow.join(", ")}.`] : []),
  ];
}

function matrix(comparison: Comparison, rows: ComparedRow[], whenEmpty: string): string[] {
  if (rows.length === 0) return whenEmpty === "" ? [] : [whenEmpty];
  return markdownTable(
    ["feature", "case", ...comparison.targets.map((target) => target.label)],
    rows.map((row) => [row.feature, code(row.id), ...row.cells.map(cellText)]),
  );
}

export function cellText(cell: ComparedCell | null): string {
  if (cell === null) return "— (not run)";
  return `[${cell.status} · ${cell.findings}](${cell.href})`;
}

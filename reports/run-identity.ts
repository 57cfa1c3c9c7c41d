import type { Report } from "./report-types.ts";

/** What tells one run from another, as diff and compare state it. */
export interface RunIdentity {
  /** The report file read. */
  path: string;
  target: string;
  kind: string;
  endpoint: string;
  tool: string;
  runId: string;
  startedAt: string;
  seed: number;
  numRuns: number;
  filter?: string;
}

export function runIdentity(path: string, report: Report): RunIdentity {
  return {
    path,
    target: report.target.name,
    kind: report.target.kind,
    endpoint: report.target.endpoint,
    tool: `${report.tool.name} ${report.tool.version}`,
    runId: report.run.id,
    startedAt: report.run.startedAt,
    seed: report.run.seed,
    numRuns: report.run.numRuns,
    ...(report.run.filter !== undefined ? { filter: report.run.filter } : {}),
  };
}

/**
 * One line per way the runs differ beyond the target: tool versions, seeds, runs per property,
 * filters. Each line names every run's value.
 */
export function runDifferences(runs: { label: string; identity: RunIdentity }[]): string[] {
  const aspects: [string, (identity: RunIdentity) => string][] = [
    ["tool versions", (identity) => identity.tool],
    ["seeds", (identity) => String(identity.seed)],
    ["runs per property", (identity) => String(identity.numRuns)],
    ["filters", (identity) => identity.filter ?? "none"],
  ];
  return aspects.flatMap(([name, valueOf]) => {
    const values = runs.map((run) => valueOf(run.identity));
    if (new Set(values).size <= 1) return [];
    return [`${name} differ: ${runs.map((run, index) => `${run.label} ${values[index]}`).join("; ")}`];
  });
}

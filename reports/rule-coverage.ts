import type { ListedRule } from "../harness/rule-types.ts";
import type { ReportCase, RuleCoverage } from "./report-types.ts";

/** The rules a report covers: the oracle's with their sources, handed in by the run (reports import no oracle code). */
export type RuleCatalog = Iterable<ListedRule>;

/** For every rule: how many inputs exercised it in this run, and its findings across cases. */
export function ruleCoverage(rules: RuleCatalog, cases: ReportCase[]): RuleCoverage[] {
  const coverage = new Map<string, RuleCoverage>();
  for (const rule of rules) {
    coverage.set(rule.id, { id: rule.id, statement: rule.statement, requirement: rule.requirement, provenance: rule.provenance, source: rule.source, exercised: 0, findings: 0, cases: [] });
  }
  for (const entry of cases) {
    for (const [id, count] of Object.entries(entry.exercised)) {
      const rule = coverage.get(id);
      if (rule) rule.exercised += count;
    }
    for (const finding of entry.findings) {
      const rule = coverage.get(finding.rule);
      if (!rule) continue;
      rule.findings += 1;
      if (!rule.cases.includes(entry.id)) rule.cases.push(entry.id);
    }
  }
  return [...coverage.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

import type { Provenance, Requirement } from "../harness/rule-types.ts";
import type { Report } from "./report-types.ts";

/** One rule the target deviates from (a root cause) and the cases that show it. */
export interface RuleGroup {
  rule: string;
  statement: string;
  requirement: Requirement;
  provenance: Provenance;
  source: string;
  /** Case ids, in report order. */
  cases: string[];
  /** Distinct `field: expected / observed`. */
  deviations: string[];
  findings: number;
}

/** The findings grouped by rule across cases, the rule with most cases first, then by id. */
export function ruleGroups(report: Report): RuleGroup[] {
  const ruleRequirement = new Map(report.rules.map((rule) => [rule.id, rule.requirement]));
  const groups = new Map<string, RuleGroup>();
  for (const entry of report.cases) {
    for (const finding of entry.findings) {
      let group = groups.get(finding.rule);
      if (group === undefined) {
        const requirement = ruleRequirement.get(finding.rule) ?? finding.requirement;
        group = { rule: finding.rule, statement: finding.statement, requirement, provenance: finding.provenance, source: finding.source, cases: [], deviations: [], findings: 0 };
        groups.set(finding.rule, group);
      }
      if (!group.cases.includes(entry.id)) group.cases.push(entry.id);
      const deviation = `${finding.field}: ${finding.expected} / ${finding.observed}`;
      if (!group.deviations.includes(deviation)) group.deviations.push(deviation);
      group.findings += 1;
    }
  }
  return [...groups.values()].sort((a, b) => b.cases.length - a.cases.length || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

import { sourceOf, type Rule } from "../oracle/rules/rule.ts";

/** The oracle's rule types, for the code that may import harness types only (reports/). */
export type { Provenance, Requirement, Rule } from "../oracle/rules/rule.ts";

/** A rule as a report lists it: with where it comes from in one line (`RFC 9110 §13.1.1`). */
export interface ListedRule extends Rule {
  source: string;
}

/** The rules with their sources, for a report's rule coverage. */
export function listedRules(rules: Iterable<Rule>): ListedRule[] {
  return [...rules].map((rule) => ({ ...rule, source: sourceOf(rule.provenance) }));
}

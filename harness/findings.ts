import { ruleById } from "../oracle/rules.ts";
import { sourceOf, type Provenance, type Requirement } from "../oracle/rules/rule.ts";

/**
 * One difference between an answer and the oracle's: the rule that decided the expected value, the
 * field that differs, and the classes of the expected and observed values. Classes never hold
 * generated values (keys, bodies, ETags), so the same deviation gives the same signature under any seed;
 * `detail` holds the values, for people.
 */
export interface Difference {
  rule: string;
  field: string;
  expected: string;
  observed: string;
  detail: string;
}

/** A distinct deviation of a case, as reports show it. */
export interface Finding {
  signature: string;
  rule: string;
  statement: string;
  requirement: Requirement;
  provenance: Provenance;
  source: string;
  field: string;
  expected: string;
  observed: string;
  /** How many inputs (or, for a case without generated inputs, checks) showed it. */
  inputs: number;
  /** The first difference seen, with its values: `GET if-match: status expected 412 …, observed 200`. */
  example: string;
  /** For a property: the shrunk input that shows it, its seed and fast-check path. */
  counterexample?: unknown;
  seed?: number;
  path?: string;
  shrinks?: number;
  /** False when the shrinking replay did not see the finding again (a store that answers differently each time). */
  reproduced?: boolean;
  replay?: string;
}

export function signatureOf(difference: Pick<Difference, "rule" | "field" | "expected" | "observed">): string {
  return `${difference.rule} ${difference.field}: ${difference.expected} / ${difference.observed}`;
}

/** `<Error>` children every error document has; the others inform and are SHOULD unless a rule says more. */
const CONTRACT_ERROR_ELEMENTS = new Set(["Code", "Message", "Resource", "RequestId"]);

/**
 * How much a field weighs on its own (README "Severity per field"): status, error Code, body and the
 * documented headers and elements are MUST; informational `<Error>` elements are SHOULD.
 */
export function fieldSeverity(field: string): Requirement {
  const element = /^error <(.+)>$/.exec(field);
  if (element && !CONTRACT_ERROR_ELEMENTS.has(element[1]!)) return "SHOULD";
  return "MUST";
}

const STRENGTH: Record<Requirement, number> = { MUST: 3, SHOULD: 2, MAY: 1 };

/** A finding weighs what the weaker of its rule and its field weighs. */
export function findingRequirement(rule: Requirement, field: string): Requirement {
  const severity = fieldSeverity(field);
  return STRENGTH[severity] < STRENGTH[rule] ? severity : rule;
}

/** A finding from the differences that share one signature (the first one's values stand for them). */
export function findingOf(differences: Difference[]): Finding {
  const first = differences[0]!;
  const rule = ruleById(first.rule);
  return {
    signature: signatureOf(first),
    rule: rule.id,
    statement: rule.statement,
    requirement: findingRequirement(rule.requirement, first.field),
    provenance: rule.provenance,
    source: sourceOf(rule.provenance),
    field: first.field,
    expected: first.expected,
    observed: first.observed,
    inputs: differences.length,
    example: first.detail,
  };
}

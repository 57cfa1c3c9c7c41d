import type { ExpectedAnswer } from "../../../oracle/expected-answer.ts";
import { RULES } from "../../../oracle/rules.ts";

/**
 * Where the rules an answer names contradict the row it was replayed from: an id no rule table
 * declares, or none of them citing the row although it records the behaviour they decide.
 */
export function ruleCitationDifferences(rowId: string, expected: ExpectedAnswer): string[] {
  const named = [expected.rule, ...Object.values(expected.fieldRules ?? {})];
  const unknown = named.filter((id) => !RULES.has(id));
  if (unknown.length > 0) return unknown.map((id) => `rule ${id}: not declared`);
  const cited = named.some((id) => {
    const provenance = RULES.get(id)?.provenance;
    return provenance?.kind === "aws-recorded" && provenance.rows.includes(rowId);
  });
  return cited ? [] : [`rule ${expected.rule}: cites other rows than ${rowId}`];
}

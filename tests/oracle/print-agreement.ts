import type { RowAgreement } from "./row-agreement.ts";

/**
 * Prints what an agreement test found: `oracle agreement: N/M`, each disagreement with what differs,
 * and what a row recorded that the oracle does not model (and, for the older form that takes them,
 * the rows left out and why). Returns the disagreeing rows, which the test expects to be none.
 */
export function printAgreement(label: string, agreements: readonly RowAgreement[]): RowAgreement[];
export function printAgreement(label: string, excluded: Record<string, string>, agreements: readonly RowAgreement[]): RowAgreement[];
export function printAgreement(
  label: string,
  excludedOrAgreements: Record<string, string> | readonly RowAgreement[],
  maybeAgreements?: readonly RowAgreement[],
): RowAgreement[] {
  const agreements = maybeAgreements ?? (excludedOrAgreements as readonly RowAgreement[]);
  const excluded = maybeAgreements === undefined ? undefined : (excludedOrAgreements as Record<string, string>);
  console.log(`${label}:`);
  if (excluded !== undefined) {
    console.log(`excluded ${Object.keys(excluded).length} rows${Object.entries(excluded).map(([id, reason]) => `\n  ${id}: ${reason}`).join("")}`);
  }
  const disagreeing = agreements.filter((agreement) => agreement.differences.length > 0);
  console.log(`oracle agreement: ${agreements.length - disagreeing.length}/${agreements.length}`);
  for (const { id, differences } of disagreeing) console.log(`  ${id}:\n    ${differences.join("\n    ")}`);
  for (const { id, unmodelled } of agreements.filter((agreement) => agreement.unmodelled.length > 0)) {
    console.log(`  ${id}: recorded but not modelled: ${unmodelled.join(", ")}`);
  }
  return disagreeing;
}

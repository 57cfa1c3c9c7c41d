import { AsyncLocalStorage } from "node:async_hooks";
import { CheckFailed, CheckScope, inScope } from "./check-scope.ts";
import { isServerError } from "./comparison.ts";
import { findingOf, signatureOf, type Difference, type Finding } from "./findings.ts";
import { outcomeOfTransportError, Unsupported } from "./outcome.ts";

/** At most this many distinct findings are reported per case; the report says when more were seen. */
export const FINDINGS_PER_CASE = 8;

/** Everything a case's checks found, over all its inputs. */
export class CaseRecord {
  readonly optional: boolean;
  /** Differences by signature, in the order first seen (a property's after it named them by their shrunk inputs). */
  readonly bySignature = new Map<string, { differences: Difference[]; input?: unknown[] }>();
  /** Inputs (or checks) that compared an expected answer decided by each rule. */
  readonly exercised = new Map<string, number>();
  /** Shrunk counterexamples by signature, filled by the property runner. */
  readonly shrunk = new Map<string, Pick<Finding, "counterexample" | "seed" | "path" | "shrinks" | "reproduced">>();
  unsupported: string | undefined;
  inputs = 0;
  /** Seed and runs of the properties the case ran, for the replay command. */
  property: { seed: number; numRuns: number } | undefined;

  constructor(optional: boolean) {
    this.optional = optional;
  }

  newScope(): CheckScope {
    return new CheckScope(this.optional);
  }

  /**
   * Takes in what one input's scope found; `input` is the generated values, when there are some.
   * Its differences go to `into` (a property's own grouping, named later) or straight to the case's.
   */
  absorb(scope: CheckScope, input?: unknown[], into: SignatureGroups = this.bySignature): void {
    this.inputs += 1;
    for (const rule of scope.exercised) this.exercised.set(rule, (this.exercised.get(rule) ?? 0) + 1);
    scope.unsupported !== undefined && (this.unsupported ??= scope.unsupported);
    for (const difference of distinct(scope.differences)) addDifferences(into, signatureOf(difference), [difference], input);
  }

  /** The findings in the order first seen, but server errors first: the cap never hides that the store broke. */
  findings(): Finding[] {
    const entries = [...this.bySignature.entries()];
    const serverFirst = [...entries.filter(([, entry]) => isServerError(entry.differences[0]!)), ...entries.filter(([, entry]) => !isServerError(entry.differences[0]!))];
    return serverFirst.slice(0, FINDINGS_PER_CASE).map(([signature, entry]) => ({ ...findingOf(entry.differences), ...this.shrunk.get(signature) }));
  }

  /** Distinct signatures seen beyond the cap. */
  capped(): number {
    return Math.max(0, this.bySignature.size - FINDINGS_PER_CASE);
  }
}

export type SignatureGroups = Map<string, { differences: Difference[]; input?: unknown[] }>;

export function addDifferences(groups: SignatureGroups, signature: string, differences: Difference[], input?: unknown[]): void {
  const entry = groups.get(signature);
  if (entry) entry.differences.push(...differences);
  else groups.set(signature, { differences: [...differences], ...(input ? { input } : {}) });
}

/** One signature counts once per input, however many answers of the input showed it. */
function distinct(differences: Difference[]): Difference[] {
  const seen = new Set<string>();
  return differences.filter((difference) => {
    const signature = signatureOf(difference);
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
}

const records = new AsyncLocalStorage<CaseRecord>();

/** The record of the case whose body is running. */
export function currentRecord(): CaseRecord | undefined {
  return records.getStore();
}

export function withRecord<T>(record: CaseRecord, body: () => Promise<T>): Promise<T> {
  return records.run(record, body);
}

/**
 * Runs one input's checks in a fresh scope and returns the scope. A CheckFailed (a transport error
 * taken as one) ends the input with its differences recorded; Unsupported marks it; anything else is
 * thrown on, a request that could not be made as TargetUnreachable.
 */
export async function runChecks(record: CaseRecord, body: () => Promise<void>, errorElements = true): Promise<CheckScope> {
  const scope = record.newScope();
  scope.errorElements = errorElements;
  try {
    await inScope(scope, body);
  } catch (thrown) {
    const error = outcomeOfTransportError(thrown);
    if (error instanceof CheckFailed) scope.differences.push(...error.differences);
    else if (error instanceof Unsupported) scope.unsupported ??= error.message;
    else throw error;
  }
  return scope;
}

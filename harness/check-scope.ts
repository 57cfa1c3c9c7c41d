import { AsyncLocalStorage } from "node:async_hooks";
import type { Difference } from "./findings.ts";

/**
 * What the checks of one input (or of a case without generated inputs) found: the differences, the
 * rules whose expected answers were compared, and a 501 on an optional feature.
 */
export class CheckScope {
  /** Whether the case declares its feature optional: a 501 then means unsupported, not a finding. */
  readonly optional: boolean;
  readonly differences: Difference[] = [];
  readonly exercised = new Set<string>();
  unsupported: string | undefined;
  /** Whether informational `<Error>` elements are compared (a property may leave them to the cases about them). */
  errorElements = true;
  constructor(optional: boolean) {
    this.optional = optional;
  }
}

const scopes = new AsyncLocalStorage<CheckScope>();

export function currentScope(): CheckScope | undefined {
  return scopes.getStore();
}

export function inScope<T>(scope: CheckScope, body: () => Promise<T>): Promise<T> {
  return scopes.run(scope, body);
}

/**
 * Thrown to end the current input (or case body) because what follows cannot be checked: a wrong
 * status, a missing UploadId, a dropped connection. It carries the differences that ended it.
 */
export class CheckFailed extends Error {
  override name = "CheckFailed";
  readonly differences: Difference[];
  constructor(differences: Difference[], options?: { cause?: unknown }) {
    super(differences.map((difference) => difference.detail).join("; "), options);
    this.differences = differences;
  }
}

/** Records a difference that ends the input: for checks that are not a whole answer against the oracle. */
export function failCheck(difference: Difference): never {
  throw new CheckFailed([difference]);
}

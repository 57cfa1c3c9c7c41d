import { ifMatchHolds } from "./entity-tags.ts";

/** What If-Match / If-None-Match on a write decide, once the values are ones S3 implements. */
export type WriteConditionOutcome =
  | { result: "proceed"; ifMatchHeld: boolean }
  | { result: "precondition-failed"; condition: "If-Match" | "If-None-Match" }
  | { result: "no-such-key" };

/**
 * The `<Header>` of the 501 NotImplemented S3 answers for a write condition it does not implement, or
 * undefined: both headers together, If-None-Match with anything but `*`, If-Match: `*`
 * (copy-dest-im-and-inm, copy-dest-inm-etag-value, copy-dest-im-star). It depends on the values
 * only, so it is checked before anything is looked up.
 */
export function unimplementedWriteCondition(headers: Record<string, string>): string | undefined {
  const ifMatch = headers["if-match"];
  const ifNoneMatch = headers["if-none-match"];
  if (ifMatch !== undefined && ifNoneMatch !== undefined) return "If-Match,If-None-Match";
  if (ifNoneMatch !== undefined && ifNoneMatch.trim() !== "*") return "If-None-Match";
  if (ifMatch?.trim() === "*") return "If-Match";
  return undefined;
}

/**
 * A write's conditions against the key's current version (undefined when absent; a delete marker
 * counts as absent). If-None-Match: `*` fails on an existing key; If-Match on an absent key is 404
 * NoSuchKey, not 412 (copy-dest-im-absent). Call after `unimplementedWriteCondition`.
 */
export function evaluateWriteConditions(current: { etag: string } | undefined, headers: Record<string, string>): WriteConditionOutcome {
  const ifMatch = headers["if-match"];
  if (headers["if-none-match"] !== undefined && current) return { result: "precondition-failed", condition: "If-None-Match" };
  if (ifMatch === undefined) return { result: "proceed", ifMatchHeld: false };
  if (!current) return { result: "no-such-key" };
  if (!ifMatchHolds(ifMatch, current.etag)) return { result: "precondition-failed", condition: "If-Match" };
  return { result: "proceed", ifMatchHeld: true };
}

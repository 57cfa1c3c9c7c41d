import { ifMatchHolds, ifNoneMatchHolds } from "./entity-tags.ts";
import { parseHttpDate } from "./http-date.ts";
import type { ConditionalHeader } from "./read-request.ts";

/** What the conditional headers decide before anything else is looked at. */
export type PreconditionOutcome =
  | { result: "proceed" }
  | { result: "precondition-failed"; condition: "If-Match" | "If-Unmodified-Since" }
  | { result: "not-modified" };

export interface ConditionTarget {
  /** The stored ETag, quoted. */
  etag: string;
  /** Last-Modified in whole seconds since the epoch. */
  lastModified: number;
}

/**
 * Evaluates a read's preconditions in the order of RFC 9110 13.2.2, as S3 was recorded to
 * (aws-observed get-cond-*): If-Match, then If-Unmodified-Since only without If-Match, then
 * If-None-Match, then If-Modified-Since only without If-None-Match. A failed If-Match or
 * If-Unmodified-Since (412) wins over a pending 304. Dates that are not HTTP-dates are ignored, and
 * S3 ignores an If-Modified-Since in the future (get-cond-ims-future). `now` is in epoch seconds.
 */
export function evaluateReadPreconditions(
  object: ConditionTarget,
  headers: Partial<Record<ConditionalHeader, string>>,
  now: number,
): PreconditionOutcome {
  const ifMatch = headers["if-match"];
  if (ifMatch !== undefined) {
    if (!ifMatchHolds(ifMatch, object.etag)) return { result: "precondition-failed", condition: "If-Match" };
  } else {
    const unmodifiedSince = parseDate(headers["if-unmodified-since"]);
    // Equal to Last-Modified is "not modified since": the condition holds (get-cond-ius-equals-lastmodified).
    if (unmodifiedSince !== undefined && object.lastModified > unmodifiedSince) {
      return { result: "precondition-failed", condition: "If-Unmodified-Since" };
    }
  }
  const ifNoneMatch = headers["if-none-match"];
  if (ifNoneMatch !== undefined) {
    return ifNoneMatchHolds(ifNoneMatch, object.etag) ? { result: "proceed" } : { result: "not-modified" };
  }
  const modifiedSince = parseDate(headers["if-modified-since"]);
  if (modifiedSince !== undefined && modifiedSince <= now && object.lastModified <= modifiedSince) {
    return { result: "not-modified" };
  }
  return { result: "proceed" };
}

function parseDate(value: string | undefined): number | undefined {
  return value === undefined ? undefined : parseHttpDate(value);
}

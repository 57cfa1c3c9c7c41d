import { strongMatch, weakMatch } from "./entity-tag-list.ts";
import { httpDateSeconds } from "./http-date.ts";

/** The four read conditions, by lower-case header name; absent ones are undefined. */
export interface Conditions {
  "if-match"?: string | undefined;
  "if-unmodified-since"?: string | undefined;
  "if-none-match"?: string | undefined;
  "if-modified-since"?: string | undefined;
}

export type ConditionName = "If-Match" | "If-Unmodified-Since" | "If-None-Match" | "If-Modified-Since";

export type Verdict = { kind: "proceed" } | { kind: "failed"; condition: ConditionName } | { kind: "not-modified"; condition: ConditionName };

/**
 * RFC 9110 13.2.2's order, as S3 follows it: If-Match, else If-Unmodified-Since (412 either way);
 * then If-None-Match, else If-Modified-Since (304 for a read). Dates that do not parse are ignored,
 * and so is an If-Modified-Since in the future.
 */
export function judgeConditions(etag: string, modifiedSeconds: number, conditions: Conditions, nowSeconds: number): Verdict {
  const ifMatch = conditions["if-match"];
  if (ifMatch !== undefined) {
    if (!strongMatch(ifMatch, etag)) return { kind: "failed", condition: "If-Match" };
  } else {
    const date = dateOf(conditions["if-unmodified-since"]);
    if (date !== null && modifiedSeconds > date) return { kind: "failed", condition: "If-Unmodified-Since" };
  }
  const ifNoneMatch = conditions["if-none-match"];
  if (ifNoneMatch !== undefined) {
    return weakMatch(ifNoneMatch, etag) ? { kind: "not-modified", condition: "If-None-Match" } : { kind: "proceed" };
  }
  const date = dateOf(conditions["if-modified-since"]);
  if (date !== null && date <= nowSeconds && modifiedSeconds <= date) return { kind: "not-modified", condition: "If-Modified-Since" };
  return { kind: "proceed" };
}

function dateOf(value: string | undefined): number | null {
  return value === undefined ? null : httpDateSeconds(value);
}

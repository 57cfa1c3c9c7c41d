import { ifMatchReading, ifNoneMatchReading, type TagMatch } from "../entity-tags.ts";
import { readHttpDate } from "../http-date.ts";
import type { ConditionalHeader } from "./read-request.ts";
import type { ReadRuleId } from "../rules/read-rules.ts";

/**
 * What the conditional headers decide before anything else is looked at, and the rule that decided
 * it. A read that proceeds names a rule only when a condition held by a reading of its own (a `*`,
 * a list, a date ignored…): a store that answers 412 or 304 there broke that rule, not the one
 * that serves the object (see HELD_RANK when several did).
 */
export type PreconditionOutcome =
  | { result: "proceed"; rule?: ReadRuleId }
  | { result: "precondition-failed"; condition: "If-Match" | "If-Unmodified-Since"; rule: ReadRuleId }
  | { result: "not-modified"; rule: ReadRuleId };

export interface ConditionTarget {
  /** The stored ETag, quoted. */
  etag: string;
  /** Last-Modified in whole seconds since the epoch. */
  lastModified: number;
}

/** The rule under which an If-Match that holds by this reading lets the read proceed. */
const IF_MATCH_HELD: Partial<Record<TagMatch, ReadRuleId>> = {
  any: "read.precondition.if-match-any",
  list: "read.precondition.if-match-list",
  unquoted: "read.precondition.unquoted-entity-tag",
};

/** The rule under which an If-None-Match matching by this reading is 304. */
const IF_NONE_MATCH_MATCHED: Record<Exclude<TagMatch, "none">, ReadRuleId> = {
  exact: "read.precondition.if-none-match-matched",
  unquoted: "read.precondition.unquoted-entity-tag",
  weak: "read.precondition.if-none-match-weak",
  list: "read.precondition.if-none-match-list",
  any: "read.precondition.if-none-match-any",
};

/**
 * When several conditions hold by readings of their own, the one a store most likely misreads names
 * the answer: a condition the other one overrides (RFC 9110 13.1.3, 13.1.4) first, then the other
 * readings, the If-Unmodified-Since boundary last; among equals, the later condition (a wrong 304 is
 * the likelier mistake, and the later conditions are the ones that give it).
 */
const HELD_RANK: Partial<Record<ReadRuleId, number>> = {
  "read.precondition.if-unmodified-since-after-if-match": 3,
  "read.precondition.if-modified-since-after-if-none-match": 3,
  "read.precondition.if-unmodified-since-equal": 1,
};

function heldRank(rule: ReadRuleId): number {
  return HELD_RANK[rule] ?? 2;
}

/**
 * Evaluates a read's preconditions in the order of RFC 9110 13.2.2, as S3 was recorded to
 * (aws-observed get-cond-*): If-Match, then If-Unmodified-Since only without If-Match, then
 * If-None-Match, then If-Modified-Since only without If-None-Match. A failed If-Match or
 * If-Unmodified-Since (412) wins over a pending 304. Dates that are not HTTP-dates are ignored, and
 * S3 ignores an If-Modified-Since in the future (get-cond-ims-future). `now` is in epoch seconds.
 * A date in an obsolete form that decides a 412 or 304, or holds where reading it at all is what
 * matters, names the rule that such dates are read.
 */
export function evaluateReadPreconditions(
  object: ConditionTarget,
  headers: Partial<Record<ConditionalHeader, string>>,
  now: number,
): PreconditionOutcome {
  let heldBy: ReadRuleId | undefined;
  const held = (rule: ReadRuleId | undefined) => {
    if (rule !== undefined && (heldBy === undefined || heldRank(rule) >= heldRank(heldBy))) heldBy = rule;
  };

  const ifMatch = headers["if-match"];
  const unmodifiedSince = dateOf(headers["if-unmodified-since"], now);
  if (ifMatch !== undefined) {
    const reading = ifMatchReading(ifMatch, object.etag);
    if (reading === "none") return { result: "precondition-failed", condition: "If-Match", rule: "read.precondition.if-match-failed" };
    if (reading === "weak") return { result: "precondition-failed", condition: "If-Match", rule: "read.precondition.if-match-weak" };
    held(IF_MATCH_HELD[reading]);
    // Ignored, but it would have failed, or is no date at all.
    if (unmodifiedSince === "invalid") held("read.precondition.invalid-date");
    else if (unmodifiedSince && object.lastModified > unmodifiedSince.seconds) held("read.precondition.if-unmodified-since-after-if-match");
  } else if (unmodifiedSince === "invalid") {
    held("read.precondition.invalid-date");
  } else if (unmodifiedSince) {
    // Equal to Last-Modified is "not modified since": the condition holds (get-cond-ius-equals-lastmodified).
    if (object.lastModified > unmodifiedSince.seconds) {
      return { result: "precondition-failed", condition: "If-Unmodified-Since", rule: unmodifiedSince.obsolete ?? "read.precondition.if-unmodified-since-failed" };
    }
    // A wrong 412 on the boundary is a misread boundary, whatever the form (a date not read at all holds).
    held(object.lastModified === unmodifiedSince.seconds ? "read.precondition.if-unmodified-since-equal" : unmodifiedSince.obsolete);
  }

  const ifNoneMatch = headers["if-none-match"];
  const modifiedSince = dateOf(headers["if-modified-since"], now);
  if (ifNoneMatch !== undefined) {
    const reading = ifNoneMatchReading(ifNoneMatch, object.etag);
    if (reading !== "none") return { result: "not-modified", rule: IF_NONE_MATCH_MATCHED[reading] };
    if (modifiedSince === "invalid") held("read.precondition.invalid-date");
    else if (modifiedSince && modifiedSince.seconds <= now && object.lastModified <= modifiedSince.seconds) held("read.precondition.if-modified-since-after-if-none-match");
    return proceed(heldBy);
  }
  if (modifiedSince === "invalid") {
    held("read.precondition.invalid-date");
  } else if (modifiedSince) {
    // A wrong 304 to a future date means it was read, whatever its form.
    if (modifiedSince.seconds > now) held("read.precondition.if-modified-since-future");
    else if (object.lastModified <= modifiedSince.seconds) return { result: "not-modified", rule: modifiedSince.obsolete ?? "read.precondition.if-modified-since-not-modified" };
    else held(modifiedSince.obsolete);
  }
  return proceed(heldBy);
}

function proceed(rule: ReadRuleId | undefined): PreconditionOutcome {
  return rule === undefined ? { result: "proceed" } : { result: "proceed", rule };
}

/** A condition's date: absent, not an HTTP-date, or its instant and the rule an obsolete form brings. */
function dateOf(value: string | undefined, now: number): undefined | "invalid" | { seconds: number; obsolete?: ReadRuleId } {
  if (value === undefined) return undefined;
  const date = readHttpDate(value, now);
  if (!date) return "invalid";
  return date.form === "imf-fixdate" ? { seconds: date.seconds } : { seconds: date.seconds, obsolete: "read.precondition.obsolete-date-form" };
}

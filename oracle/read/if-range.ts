import { opaqueEtag } from "../entity-tags.ts";
import { readHttpDate } from "../http-date.ts";
import type { ConditionTarget } from "./preconditions.ts";
import type { ReadRuleId } from "../rules/read-rules.ts";

/**
 * What If-Range makes of a read's Range: `apply` it as if sent alone, `ignore` it (the whole
 * object), or `either` (the specification leaves the choice to the server). Absent without If-Range.
 */
export type IfRangeOutcome = { range: "apply" | "ignore" | "either"; rule: ReadRuleId } | undefined;

/**
 * If-Range by RFC 9110 13.1.5, evaluated after the other preconditions (13.2.2): ignored without a
 * Range; an entity tag holds only when it strongly matches the ETag (a weak one never does); an
 * HTTP-date holds only when it is exactly Last-Modified, and then only if the server takes it as a
 * strong validator (8.8.2.2), which a store can tell only if it knows the object did not change
 * twice within that second, hence `either`. Anything else matches no validator. `now` in epoch seconds.
 */
export function evaluateIfRange(object: ConditionTarget, value: string | undefined, hasRange: boolean, now: number): IfRangeOutcome {
  if (value === undefined) return undefined;
  if (!hasRange) return { range: "ignore", rule: "read.if-range.without-range" };
  const text = value.trim();
  if (text.startsWith("W/")) return { range: "ignore", rule: "read.if-range.weak-entity-tag" };
  if (/^"[^"]*"$/.test(text)) {
    return text === `"${opaqueEtag(object.etag)}"` ? { range: "apply", rule: "read.if-range.entity-tag-match" } : { range: "ignore", rule: "read.if-range.entity-tag-mismatch" };
  }
  const date = readHttpDate(text, now);
  if (!date) return { range: "ignore", rule: "read.if-range.not-a-validator" };
  // "Exactly matches the Last-Modified field value": S3 writes it as an IMF-fixdate.
  const exact = date.form === "imf-fixdate" && date.seconds === object.lastModified;
  return exact ? { range: "either", rule: "read.if-range.date-match" } : { range: "ignore", rule: "read.if-range.date-mismatch" };
}

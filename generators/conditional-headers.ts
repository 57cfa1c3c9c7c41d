import fc from "fast-check";
import { CONDITIONAL_HEADERS, type ConditionalHeader } from "../oracle/read/read-request.ts";
import { conditionDate, type DateRelation } from "./condition-date.ts";
import { ifMatchValue } from "./if-match-value.ts";
import { ifNoneMatchValue } from "./if-none-match-value.ts";
import type { ConditionTarget } from "../oracle/read/decide-read.ts";

/** Each conditional header is absent, or present with a value for which it holds or fails. */
export type ConditionState = "absent" | "true" | "false";
export type ConditionalHeaderValues = Partial<Record<ConditionalHeader, string>>;

/** Date relations that make each date condition hold or fail (ignored dates, future or malformed, hold). */
const DATE_RELATIONS: Record<"if-modified-since" | "if-unmodified-since", Record<"true" | "false", DateRelation[]>> = {
  "if-modified-since": { true: ["before", "future", "malformed"], false: ["equal"] },
  "if-unmodified-since": { true: ["equal", "future", "malformed"], false: ["before"] },
};

/** A value of one conditional header that holds or fails against the object. */
export function conditionValue(header: ConditionalHeader, holds: boolean, object: ConditionTarget, now: number): fc.Arbitrary<string> {
  switch (header) {
    case "if-match":
      return ifMatchValue(object.etag, holds);
    case "if-none-match":
      return ifNoneMatchValue(object.etag, holds);
    default:
      return fc.constantFrom(...DATE_RELATIONS[header][holds ? "true" : "false"]).chain((relation) => conditionDate(object.lastModified, now, relation));
  }
}

/** The four conditional headers, each absent, holding or failing, with generated values. */
export function conditionalHeaders(object: ConditionTarget, now: number): fc.Arbitrary<ConditionalHeaderValues> {
  const state = fc.constantFrom<ConditionState>("absent", "true", "false");
  return fc
    .tuple(state, state, state, state)
    .chain((states) =>
      fc.tuple(...CONDITIONAL_HEADERS.map((header, index) => (states[index] === "absent" ? fc.constant(undefined) : conditionValue(header, states[index] === "true", object, now)))),
    )
    .map((values) => Object.fromEntries(CONDITIONAL_HEADERS.flatMap((header, index) => (values[index] === undefined ? [] : [[header, values[index]]]))));
}

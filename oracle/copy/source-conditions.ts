import type { ExpectedAnswer } from "../expected-answer.ts";
import { evaluateReadPreconditions, type ConditionTarget } from "../read/preconditions.ts";
import type { ConditionalHeader } from "../read/read-request.ts";
import type { CopyRuleId } from "../rules/copy-rules.ts";

/** How a failed copy-source condition is named in `<Condition>`: mixed case, as recorded. */
export type CopySourceCondition = `x-amz-copy-source-${"If-Match" | "If-Unmodified-Since" | "If-None-Match" | "If-Modified-Since"}`;

/**
 * The copy-source condition that fails, or undefined when the copy may go on. The read order and
 * rules apply (quotes optional, a future If-Modified-Since ignored, equal dates count as not
 * modified), but what a read answers with 304 fails too: every failure is 412 (aws-observed README, B).
 */
export function failedCopySourceCondition(
  source: ConditionTarget,
  headers: Record<string, string>,
  now: number,
): CopySourceCondition | undefined {
  const read: Partial<Record<ConditionalHeader, string>> = {};
  for (const name of ["if-match", "if-unmodified-since", "if-none-match", "if-modified-since"] as const) {
    const value = headers[`x-amz-copy-source-${name}`];
    if (value !== undefined) read[name] = value;
  }
  const outcome = evaluateReadPreconditions(source, read, now);
  switch (outcome.result) {
    case "proceed":
      return undefined;
    case "precondition-failed":
      return `x-amz-copy-source-${outcome.condition}`;
    case "not-modified": // If-Modified-Since is only looked at without If-None-Match
      return read["if-none-match"] === undefined ? "x-amz-copy-source-If-Modified-Since" : "x-amz-copy-source-If-None-Match";
  }
}

/** The rule deciding each copy-source condition's 412 (aws-observed README, B). */
const COPY_SOURCE_CONDITION_RULES: Record<CopySourceCondition, CopyRuleId> = {
  "x-amz-copy-source-If-Match": "copy.source-condition.if-match-failed",
  "x-amz-copy-source-If-Unmodified-Since": "copy.source-condition.if-unmodified-since-failed",
  "x-amz-copy-source-If-None-Match": "copy.source-condition.if-none-match-matched",
  "x-amz-copy-source-If-Modified-Since": "copy.source-condition.if-modified-since-not-modified",
};

/** CopyObject's 412 for the copy-source condition that fails, naming it in `<Condition>`; undefined when the copy may go on. */
export function copySourceConditionRefusal(source: ConditionTarget, headers: Record<string, string>, now: number): ExpectedAnswer | undefined {
  const condition = failedCopySourceCondition(source, headers, now);
  if (condition === undefined) return undefined;
  return { rule: COPY_SOURCE_CONDITION_RULES[condition], status: 412, code: "PreconditionFailed", errorFields: { Condition: condition } };
}

import type { ExpectedAnswer, HeaderRule } from "../../oracle/expected-answer.ts";
import type { RecordedAnswer } from "./aws-observed-rows.ts";
import { recordedBody } from "./recorded-body.ts";
import { readRecordedValue, type RecordedValue } from "./recorded-value.ts";
import type { RowRequest } from "./row-request.ts";

/** Recorded headers another part of the specification owns; never reported as unmodelled. */
const OUTSIDE_THIS_ORACLE = [/^x-amz-checksum-/, /^x-amz-request-id$/, /^x-amz-id-2$/, /^date$/, /^server$/, /^x-amz-server-side-encryption$/];

/** Placeholders in error fields that stand for a value of the request, so they can be compared exactly. */
const REQUEST_PLACEHOLDERS: Record<string, (request: RowRequest) => string> = {
  "<the bucket name>": (request) => request.bucket,
  "<key>": (request) => request.key,
};

/**
 * Where the oracle's answer contradicts what AWS answered: status, error Code, every recorded error
 * field, every recorded header the oracle has a rule for, and the body where the row records it.
 */
export function recordingDifferences(recorded: RecordedAnswer, expected: ExpectedAnswer, request: RowRequest): string[] {
  const differences: string[] = [];
  const statuses = Array.isArray(expected.status) ? expected.status : [expected.status];
  if (!statuses.includes(recorded.status)) differences.push(`status: AWS ${recorded.status}, oracle ${statuses.join(" or ")}`);
  if ((recorded.errorCode ?? undefined) !== expected.code) {
    differences.push(`error Code: AWS ${recorded.errorCode ?? "none"}, oracle ${expected.code ?? "none"}`);
  }
  differences.push(...errorFieldDifferences(recorded, expected, request));
  for (const [name, value] of Object.entries(recorded.headers)) {
    const rule = expected.headers?.[name.toLowerCase()];
    if (rule === undefined) continue;
    const difference = valueDifference(readRecordedValue(value), rule);
    if (difference) differences.push(`header ${name}: ${difference}`);
  }
  const body = recordedBody(recorded.body);
  if (body && expected.body && !body.equals(expected.body)) {
    differences.push(`body: AWS ${JSON.stringify(body.toString())}, oracle ${JSON.stringify(expected.body.toString())}`);
  }
  return differences;
}

/** Recorded headers that the oracle has no rule for and that belong to no other oracle. */
export function unmodelledHeaders(recorded: RecordedAnswer, expected: ExpectedAnswer): string[] {
  return Object.keys(recorded.headers)
    .map((name) => name.toLowerCase())
    .filter((name) => expected.headers?.[name] === undefined && !OUTSIDE_THIS_ORACLE.some((pattern) => pattern.test(name)));
}

function errorFieldDifferences(recorded: RecordedAnswer, expected: ExpectedAnswer, request: RowRequest): string[] {
  const recordedFields = typeof recorded.body === "string" ? {} : recorded.body.errorFields;
  const differences: string[] = [];
  for (const [name, text] of Object.entries(recordedFields)) {
    if (name === "Code") continue; // compared as the error Code
    const fromRequest = REQUEST_PLACEHOLDERS[text]?.(request);
    const value: RecordedValue = fromRequest === undefined ? readRecordedValue(text) : { kind: "exact", value: fromRequest };
    const oracleValue = expected.errorFields?.[name];
    // A row without a path did not record the key it asked for, so an echo of our stand-in says nothing.
    if (oracleValue !== undefined && oracleValue === request.key && !request.keyRecorded) continue;
    if (oracleValue === undefined) {
      if (value.kind !== "masked") differences.push(`error <${name}>: AWS ${JSON.stringify(text)}, oracle names no such element`);
      continue;
    }
    const difference = valueDifference(value, oracleValue);
    if (difference) differences.push(`error <${name}>: ${difference}`);
  }
  for (const [name, oracleValue] of Object.entries(expected.errorFields ?? {})) {
    if (!(name in recordedFields)) differences.push(`error <${name}>: oracle ${JSON.stringify(oracleValue)}, AWS recorded no such element`);
  }
  return differences;
}

/** Why a recorded value contradicts an oracle rule, or undefined when it does not. */
function valueDifference(value: RecordedValue, rule: HeaderRule): string | undefined {
  const said = `oracle ${describeRule(rule)}`;
  switch (value.kind) {
    case "absent":
      return rule === null || isAbsentOr(rule) ? undefined : `AWS absent, ${said}`;
    case "masked":
      return rule !== null ? undefined : `AWS ${value.placeholder}, ${said}`;
    case "example": // the value shows a form: it must fit a pattern, and is at least present
      return rule !== null && (!(rule instanceof RegExp) || rule.test(value.value)) ? undefined : `AWS e.g. ${JSON.stringify(value.value)}, ${said}`;
    case "one-of":
      return value.values.some((one) => accepts(rule, one)) ? undefined : `AWS one of ${value.values.map((one) => JSON.stringify(one)).join(", ")}, ${said}`;
    case "exact":
      return accepts(rule, value.value) ? undefined : `AWS ${JSON.stringify(value.value)}, ${said}`;
    case "unreadable":
      return `AWS ${JSON.stringify(value.text)} cannot be compared`;
  }
}

/** Whether a header carrying this value satisfies the rule. */
function accepts(rule: HeaderRule, value: string): boolean {
  if (rule === null) return false;
  if (typeof rule === "string") return rule === value;
  if (rule instanceof RegExp) return rule.test(value);
  return rule.absentOr === value;
}

function isAbsentOr(rule: HeaderRule): rule is { absentOr: string } {
  return rule !== null && typeof rule === "object" && !(rule instanceof RegExp);
}

function describeRule(rule: HeaderRule): string {
  if (rule === null) return "absent";
  if (typeof rule === "string") return JSON.stringify(rule);
  if (rule instanceof RegExp) return String(rule);
  return `absent or ${JSON.stringify(rule.absentOr)}`;
}

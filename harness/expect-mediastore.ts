import { CheckFailed, currentScope } from "./check-scope.ts";
import { describeBody, quote, serverErrorOfStatus, valueDifference } from "./comparison.ts";
import type { Difference } from "./findings.ts";
import { Unsupported } from "./outcome.ts";
import { SERVER_ERROR_RULE } from "../oracle/rules/server-rules.ts";
import type { ExpectedMediaStoreAnswer, MediaStoreHeaderRule } from "../oracle/mediastore/expected-answer.ts";
import type { MediaStoreAnswer } from "../transport/mediastore-request.ts";

/**
 * Compares a MediaStore Data answer with the documented one and records each difference, prefixed with
 * `what`, in the current check scope, as `expectAnswer` does for S3. A wrong status ends the input;
 * other differences let it go on. A 501 where the documentation wants something else ends it as
 * unsupported when the case declares its feature optional, and is a finding otherwise.
 */
export function expectMediaStore(actual: MediaStoreAnswer, expected: ExpectedMediaStoreAnswer, what: string): void {
  const scope = currentScope();
  // Every answer compared is one the store gave: the request was answered.
  exercise("server.answers-request", SERVER_ERROR_RULE, expected.rule, ...Object.values(expected.fieldRules ?? {}));
  if (actual.status === 501 && expected.status !== 501 && scope?.optional) {
    throw new Unsupported(`${what}: answered 501${actual.errorType ? ` ${actual.errorType}` : ""}`);
  }
  const prefixed = (difference: Difference): Difference => ({ ...difference, detail: `${what}: ${difference.detail}` });
  // A 5xx is a finding of its own beside the status difference, as for S3 (expectAnswer).
  const serverError = serverErrorOfStatus(actual.status, `${actual.status}${actual.errorType ? ` ${actual.errorType}` : ""}`);
  const differences = [...(serverError ? [serverError] : []), ...compareMediaStore(actual, expected)].map(prefixed);
  if (differences.length === 0) return;
  // A wrong status, or a body that is not the JSON document expected, leaves nothing else to judge.
  const ending = differences.filter(endsInput);
  if (!scope) throw new CheckFailed(differences);
  scope.differences.push(...differences.filter((difference) => !endsInput(difference)));
  if (ending.length > 0) throw new CheckFailed(ending);
}

const NOT_JSON = "a JSON document";

function endsInput(difference: Difference): boolean {
  return (difference.field === "status" && difference.rule !== SERVER_ERROR_RULE) || (difference.field === "body" && difference.expected === NOT_JSON);
}

/** Counts rules as exercised by the current input: for checks made outside `expectMediaStore` (a listing over pages). */
export function exercise(...rules: string[]): void {
  const scope = currentScope();
  for (const rule of rules) scope?.exercised.add(rule);
}

/**
 * Every difference between a MediaStore answer and the expected one, each attributed to the rule that
 * decided the field and classed so the signature does not depend on generated values. A wrong status
 * is the only difference reported then.
 */
export function compareMediaStore(actual: MediaStoreAnswer, expected: ExpectedMediaStoreAnswer): Difference[] {
  const ruleFor = (key: string) => expected.fieldRules?.[key] ?? expected.rule;
  if (!statusMatches(expected, actual.status)) {
    const observed = observedStatus(actual);
    // A 5xx body says what broke: for people, never in the class.
    const body = actual.status >= 500 && actual.body.length > 0 ? ` (${JSON.stringify(actual.body.toString("utf8").slice(0, 200))})` : "";
    return [{ rule: expected.rule, field: "status", expected: expectedStatus(expected), observed, detail: `status expected ${expectedStatus(expected)}, observed ${observed}${body}` }];
  }
  const differences: Difference[] = [];
  // restJson1: a PutObject or ListItems answer, and an error with a body, is a JSON document.
  const wantsJson = expected.json !== undefined || expected.jsonDocument === true || (expected.errorType !== undefined && actual.bodyLength > 0);
  if (wantsJson && actual.json === undefined) {
    const observed = notJsonClass(actual);
    differences.push({ rule: ruleFor("body"), field: "body", expected: NOT_JSON, observed, detail: `body expected a JSON document, observed ${observed}: ${JSON.stringify(actual.body.toString("utf8").slice(0, 120))}` });
    return differences;
  }
  if (expected.errorType !== undefined && actual.errorType !== expected.errorType) {
    const observed = actual.errorType ?? "none";
    differences.push({ rule: ruleFor("errorType"), field: "error type", expected: expected.errorType, observed, detail: `error type expected ${expected.errorType}, observed ${observed}` });
  }
  for (const [name, rule] of Object.entries(expected.headers ?? {})) {
    const field = name.toLowerCase();
    const difference = headerDifference(rule, actual.headers[field]);
    if (difference) differences.push({ rule: ruleFor(field), field: `header ${field}`, ...difference, detail: `header ${field} ${difference.detail}` });
  }
  const json = actual.json !== null && typeof actual.json === "object" && !Array.isArray(actual.json) ? (actual.json as Record<string, unknown>) : undefined;
  for (const [name, rule] of Object.entries(expected.json ?? {})) {
    const difference = memberDifference(rule, json?.[name]);
    if (difference) differences.push({ rule: ruleFor(`json:${name}`), field: `json ${name}`, ...difference, detail: `JSON member ${name} ${difference.detail}` });
  }
  const body = bodyDifference(actual, expected);
  if (body) differences.push({ rule: ruleFor("body"), field: "body", ...body });
  return differences;
}

/** What the body is instead of JSON, by its Content-Type: `text/html`, `application/json that does not parse`, `empty`. */
function notJsonClass(actual: MediaStoreAnswer): string {
  if (actual.bodyLength === 0) return "empty";
  const type = (actual.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() || "no content type";
  return /json/.test(type) ? `${type} that does not parse` : type;
}

function statusMatches(expected: ExpectedMediaStoreAnswer, status: number): boolean {
  return expected.status === "4xx" ? status >= 400 && status < 500 : status === expected.status;
}

/** `200`, `4xx`, `404 ObjectNotFoundException`. */
function expectedStatus(expected: ExpectedMediaStoreAnswer): string {
  return `${expected.status}${expected.errorType ? ` ${expected.errorType}` : ""}`;
}

/** `413 RequestEntityTooLargeException`, `500`: the status and the restJson1 error type, never the body. */
function observedStatus(actual: MediaStoreAnswer): string {
  return `${actual.status}${actual.errorType ? ` ${actual.errorType}` : ""}`;
}

type ValueDifference = { expected: string; observed: string; detail: string };

/** A header against its rule; "one of" (an ETag with or without quotes) is classed as a value. */
function headerDifference(rule: MediaStoreHeaderRule, observed: string | undefined): ValueDifference | undefined {
  if (rule === null || typeof rule !== "object" || rule instanceof RegExp || !("oneOf" in rule)) return valueDifference(rule, observed);
  if (observed !== undefined && rule.oneOf.includes(observed)) return undefined;
  return { expected: "value", observed: observed === undefined ? "absent" : "other value", detail: `expected one of ${rule.oneOf.map(quote).join(", ")}, observed ${quote(observed)}` };
}

/** A JSON member against its rule: a string or a pattern as a header is judged; a number exactly, and only as a number. */
function memberDifference(rule: string | number | RegExp, value: unknown): ValueDifference | undefined {
  if (typeof rule === "number") {
    if (value === rule) return undefined;
    return { expected: "value", observed: value === undefined || value === null ? "absent" : "other value", detail: `expected ${rule}, observed ${JSON.stringify(value) ?? "absent"}` };
  }
  if (value === undefined || value === null || typeof value === "string") return valueDifference(rule, value ?? undefined);
  const expected = typeof rule === "string" ? "value" : `matching ${rule}`;
  return { expected, observed: `a ${typeof value}`, detail: `expected ${typeof rule === "string" ? quote(rule) : `to match ${rule}`}, observed ${JSON.stringify(value)}` };
}

/** The body against its exact bytes, or its length and SHA-256: one difference at most, classed by which way it differs. */
function bodyDifference(actual: MediaStoreAnswer, expected: ExpectedMediaStoreAnswer): ValueDifference | undefined {
  if (expected.body !== undefined && !expected.body.equals(actual.body)) {
    return { expected: expected.body.length === 0 ? "empty" : "bytes", observed: lengthClass(expected.body.length, actual.body.length), detail: `body expected ${describeBody(expected.body)}, observed ${describeBody(actual.body)}` };
  }
  if (expected.bodyLength !== undefined && actual.bodyLength !== expected.bodyLength) {
    return { expected: expected.bodyLength === 0 ? "empty" : "bytes", observed: lengthClass(expected.bodyLength, actual.bodyLength), detail: `body length expected ${expected.bodyLength}, observed ${actual.bodyLength}` };
  }
  if (expected.bodySha256 !== undefined && actual.bodySha256 !== expected.bodySha256) {
    return { expected: "bytes", observed: "other bytes", detail: `body of ${actual.bodyLength} bytes differs from the one written (SHA-256 ${actual.bodySha256}, expected ${expected.bodySha256})` };
  }
  return undefined;
}

function lengthClass(expected: number, actual: number): string {
  if (actual === 0) return "empty";
  if (actual < expected) return "shorter";
  if (actual > expected) return "longer";
  return "other bytes";
}

import { describeAnswer, parseResultBody, type Answer } from "../transport/answer.ts";
import type { ExpectedAnswer, HeaderRule } from "../oracle/expected-answer.ts";
import { SERVER_ERROR_RULE } from "../oracle/rules/server-rules.ts";
import type { Difference } from "./findings.ts";

/**
 * Every difference between an answer and the expected one, each attributed to the rule that decided
 * the field and classed for its signature. A wrong status is the only difference reported then: the
 * rest of a wrong answer only repeats it.
 */
export function compareAnswer(actual: Answer, expected: ExpectedAnswer): Difference[] {
  const ruleFor = (key: string) => expected.fieldRules?.[key] ?? expected.rule;
  if (!statusesOf(expected).includes(actual.status)) {
    return [{ rule: expected.rule, field: "status", expected: statusText(expected), observed: observedStatusClass(expected, actual), detail: `status expected ${statusText(expected)}, observed ${describeAnswer(actual)}` }];
  }
  const differences: Difference[] = [];
  if (expected.code !== undefined && actual.error?.Code !== expected.code) {
    const observed = actual.error?.Code ?? "no error body";
    differences.push({ rule: ruleFor("error:Code"), field: "error Code", expected: expected.code, observed, detail: `error Code expected ${expected.code}, observed ${observed}` });
  }
  for (const [name, value] of Object.entries(expected.errorFields ?? {})) {
    const observed = actual.error?.[name];
    if (observed === value) continue;
    differences.push({
      rule: ruleFor(`error:${name}`),
      field: `error <${name}>`,
      expected: "value",
      observed: observed === undefined ? "absent" : "other value",
      detail: `error <${name}> expected ${quote(value)}, observed ${quote(observed)}`,
    });
  }
  for (const [name, rule] of Object.entries(expected.headers ?? {})) {
    const difference = valueDifference(rule, actual.headers[name.toLowerCase()]);
    if (difference) differences.push({ rule: ruleFor(name.toLowerCase()), field: `header ${headerField(name)}`, ...difference, detail: `header ${name} ${difference.detail}` });
  }
  if (expected.result !== undefined) {
    const { root } = expected.result;
    const fields = parseResultBody(actual.body, root);
    if (!fields) {
      differences.push({ rule: ruleFor("body"), field: "body", expected: `<${root}> document`, observed: actual.body.length === 0 ? "empty" : "other document", detail: `body expected a <${root}> document, observed ${describeBody(actual.body)}` });
    } else {
      for (const [name, rule] of Object.entries(expected.result.fields)) {
        const difference = valueDifference(rule, fields[name]);
        if (difference) differences.push({ rule: ruleFor(`result:${name}`), field: `<${root}> ${name}`, ...difference, detail: `<${root}> element ${name} ${difference.detail}` });
      }
    }
  }
  if (expected.body !== undefined && !expected.body.equals(actual.body)) {
    differences.push({ rule: ruleFor("body"), field: "body", expected: expected.body.length === 0 ? "empty" : "bytes", observed: bodyClass(expected.body, actual.body), detail: `body expected ${describeBody(expected.body)}, observed ${describeBody(actual.body)}` });
  }
  return differences;
}

/**
 * A 5xx answer as a finding of its own (rule `server.no-5xx`), whatever the oracle expected of it:
 * the store broke on the request, which the status difference alone would name only as the rule it
 * missed. 501 NotImplemented is left out: it declines a feature (unsupported, or a status finding).
 * The classes are `not 5xx` / `5xx`; the status and code are in the detail.
 */
export function serverErrorDifference(actual: Answer): Difference | undefined {
  return serverErrorOfStatus(actual.status, describeAnswer(actual));
}

/** The same for an answer of another protocol: its status and how to name it in the detail. */
export function serverErrorOfStatus(status: number, described: string): Difference | undefined {
  if (status < 500 || status > 599 || status === 501) return undefined;
  return { rule: SERVER_ERROR_RULE, field: "status", expected: "not 5xx", observed: "5xx", detail: `status expected no server error, observed ${described}` };
}

/** Whether a difference is the server-error finding rather than the oracle's status. */
export function isServerError(difference: Pick<Difference, "rule">): boolean {
  return difference.rule === SERVER_ERROR_RULE;
}

/**
 * The observed status as a signature shows it. Within the expected status's class (2xx, 3xx, 4xx,
 * 5xx) the exact status and code, which is the deviation (206 for 200, 400 InvalidRequest for 400
 * InvalidArgument); across classes only the class and, for an error, its code (`2xx` for a 412 that
 * answered 200 or 206): which success a store gave instead of a refusal depends on the generated
 * input (a Range or not), the deviation does not.
 */
function observedStatusClass(expected: ExpectedAnswer, actual: Answer): string {
  const family = (status: number) => Math.floor(status / 100);
  if (statusesOf(expected).some((status) => family(status) === family(actual.status))) return describeAnswer(actual);
  const classText = `${family(actual.status)}xx`;
  return actual.error?.Code && actual.status >= 400 ? `${classText} ${actual.error.Code}` : classText;
}

export function statusesOf(expected: Pick<ExpectedAnswer, "status">): number[] {
  return Array.isArray(expected.status) ? expected.status : [expected.status];
}

export function statusText(expected: Pick<ExpectedAnswer, "status" | "code">): string {
  return `${statusesOf(expected).join(" or ")}${expected.code ? ` ${expected.code}` : ""}`;
}

/** User metadata names are generated: the field names their family, so the signature stays the same. */
function headerField(name: string): string {
  return name.toLowerCase().startsWith("x-amz-meta-") ? "x-amz-meta-*" : name.toLowerCase();
}

type ValueDifference = { expected: string; observed: string; detail: string };

/** How a header (or result element) differs from its rule, in classes and in values. */
export function valueDifference(rule: HeaderRule, observed: string | undefined): ValueDifference | undefined {
  if (rule === null) {
    return observed === undefined ? undefined : { expected: "absent", observed: "present", detail: `expected absent, observed ${quote(observed)}` };
  }
  if (typeof rule === "object" && !(rule instanceof RegExp)) {
    if (observed === undefined || observed === rule.absentOr) return undefined;
    return { expected: "absent or value", observed: "other value", detail: `expected absent or ${quote(rule.absentOr)}, observed ${quote(observed)}` };
  }
  const expectedClass = typeof rule === "string" ? "value" : `matching ${rule}`;
  if (observed === undefined) return { expected: expectedClass, observed: "absent", detail: `expected ${ruleText(rule)}, observed absent` };
  const matches = typeof rule === "string" ? observed === rule : rule.test(observed);
  if (matches) return undefined;
  return { expected: expectedClass, observed: typeof rule === "string" ? "other value" : "not matching", detail: `expected ${ruleText(rule)}, observed ${quote(observed)}` };
}

/** Which way a body differs, in words that do not depend on the generated bytes. */
function bodyClass(expected: Buffer, actual: Buffer): string {
  if (actual.length === 0) return "empty";
  if (actual.length < expected.length) return "shorter";
  if (actual.length > expected.length) return "longer";
  return "other bytes";
}

function ruleText(rule: string | RegExp): string {
  return typeof rule === "string" ? quote(rule) : `to match ${rule}`;
}

export function quote(value: string | undefined): string {
  if (value === undefined) return "absent";
  const text = value.length > 120 ? `${value.slice(0, 120)}…(${value.length} chars)` : value;
  return JSON.stringify(text);
}

/** Bodies are named by length and first bytes, never dumped whole. */
export function describeBody(body: Buffer): string {
  if (body.length <= 32) return `${body.length} bytes ${JSON.stringify(body.toString("latin1"))}`;
  return `${body.length} bytes starting ${JSON.stringify(body.subarray(0, 16).toString("latin1"))}`;
}

import type { Answer } from "../transport/answer.ts";
import type { ExpectedAnswer } from "../oracle/expected-answer.ts";
import { SERVER_ERROR_RULE } from "../oracle/rules/server-rules.ts";
import { CheckFailed, currentScope } from "./check-scope.ts";
import { compareAnswer, serverErrorDifference, statusesOf } from "./comparison.ts";
import type { Difference } from "./findings.ts";
import { Unsupported } from "./outcome.ts";

/**
 * Compares an answer with the oracle's and records each difference, prefixed with `what`, in the
 * current check scope. A wrong status ends the input (what follows would only repeat it); other
 * differences let it go on. A 5xx (but 501) is also a `server.no-5xx` finding of its own, beside the
 * status difference, so a store that breaks on a request is named whatever else the case expected.
 * A 501 where the oracle wants something else ends the input as unsupported when the case declares
 * its feature optional, and is a finding otherwise.
 */
export function expectAnswer(actual: Answer, expected: ExpectedAnswer, what: string): void {
  const scope = currentScope();
  if (scope) {
    // Every answer compared is one the store gave: the request was answered, and with or without a 5xx.
    scope.exercised.add("server.answers-request");
    scope.exercised.add(SERVER_ERROR_RULE);
    scope.exercised.add(expected.rule);
    for (const rule of Object.values(expected.fieldRules ?? {})) scope.exercised.add(rule);
  }
  if (actual.status === 501 && !statusesOf(expected).includes(501) && scope?.optional) {
    throw new Unsupported(`${what}: answered 501${actual.error?.Code ? ` ${actual.error.Code}` : ""}`);
  }
  const prefixed = (difference: Difference): Difference => ({ ...difference, detail: `${what}: ${difference.detail}` });
  const serverError = serverErrorDifference(actual);
  const compared = scope?.errorElements === false ? { ...expected, errorFields: {} } : expected;
  const differences = compareAnswer(actual, compared).map(prefixed);
  if (!scope) {
    if (differences.length > 0 || serverError) throw new CheckFailed([...(serverError ? [prefixed(serverError)] : []), ...differences]);
    return;
  }
  if (serverError) scope.differences.push(prefixed(serverError));
  const ending = differences.filter((difference) => difference.field === "status");
  scope.differences.push(...differences.filter((difference) => difference.field !== "status"));
  if (ending.length > 0) throw new CheckFailed(ending);
}

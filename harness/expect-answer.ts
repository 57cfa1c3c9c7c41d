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
 * its feature optional, and is a finding otherwise. Where the oracle allows other answers as well
 * (`otherwise`), the one the store's answer is closest to is compared.
 */
export function expectAnswer(actual: Answer, allowed: ExpectedAnswer, what: string): void {
  const expected = chooseAllowed(actual, allowed);
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

/**
 * Which of the answers the specification allows `actual` is compared with: one it equals; else the
 * one with its status; else, for a status none allows, one naming every allowed status and no error
 * code (they differ), so the finding names them all.
 */
function chooseAllowed(actual: Answer, expected: ExpectedAnswer): ExpectedAnswer {
  const { otherwise = [], ...first } = expected;
  if (otherwise.length === 0) return first;
  const allowed = [first, ...otherwise];
  const chosen =
    allowed.find((answer) => compareAnswer(actual, answer).length === 0) ??
    allowed.find((answer) => statusesOf(answer).includes(actual.status));
  if (chosen) return chosen;
  const statuses = [...new Set(allowed.flatMap(statusesOf))];
  return statuses.length === 1 ? first : { rule: first.rule, status: statuses };
}

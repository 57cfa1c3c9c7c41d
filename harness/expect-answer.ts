import type { Answer } from "../fixtures/answer.ts";
import type { ExpectedAnswer } from "../oracle/expected-answer.ts";
import { CheckFailed, currentScope } from "./check-scope.ts";
import { compareAnswer, statusesOf } from "./comparison.ts";
import type { Difference } from "./findings.ts";
import { Unsupported } from "./outcome.ts";

/**
 * Compares an answer with the oracle's and records each difference, prefixed with `what`, in the
 * current check scope. A wrong status ends the input (what follows would only repeat it); other
 * differences let it go on. A 501 where the oracle wants something else ends it as unsupported when
 * the case declares its feature optional, and is a finding otherwise.
 */
export function expectAnswer(actual: Answer, expected: ExpectedAnswer, what: string): void {
  const scope = currentScope();
  if (scope) {
    // Every answer compared is one the store gave: the request was answered.
    scope.exercised.add("server.answers-request");
    scope.exercised.add(expected.rule);
    for (const rule of Object.values(expected.fieldRules ?? {})) scope.exercised.add(rule);
  }
  if (actual.status === 501 && !statusesOf(expected).includes(501) && scope?.optional) {
    throw new Unsupported(`${what}: answered 501${actual.error?.Code ? ` ${actual.error.Code}` : ""}`);
  }
  const compared = scope?.errorElements === false ? { ...expected, errorFields: {} } : expected;
  const differences = compareAnswer(actual, compared).map((difference): Difference => ({ ...difference, detail: `${what}: ${difference.detail}` }));
  if (differences.length === 0) return;
  const ending = differences.filter((difference) => difference.field === "status");
  if (!scope) throw new CheckFailed(differences);
  scope.differences.push(...differences.filter((difference) => difference.field !== "status"));
  if (ending.length > 0) throw new CheckFailed(ending);
}

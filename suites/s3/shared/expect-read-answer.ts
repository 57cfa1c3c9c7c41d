import type { Answer } from "../../../fixtures/answer.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { compareAnswer, statusesOf } from "../../../harness/comparison.ts";
import type { ExpectedAnswer } from "../../../oracle/expected-answer.ts";
import type { ReadAnswer } from "../../../oracle/read-answer.ts";

/**
 * Compares a read's answer with the oracle's, where the specification may allow more than one answer
 * (`otherwise`): an answer equal to any allowed one passes; one whose status only an alternative has
 * is compared with that alternative; a status none allows is one finding naming every allowed status.
 */
export function expectReadAnswer(actual: Answer, expected: ReadAnswer, what: string): void {
  const { otherwise = [], ...first } = expected;
  const allowed: ExpectedAnswer[] = [first, ...otherwise];
  const chosen =
    allowed.find((answer) => compareAnswer(actual, answer).length === 0) ??
    allowed.find((answer) => statusesOf(answer).includes(actual.status)) ??
    eitherStatus(first, allowed);
  expectAnswer(actual, chosen, what);
}

/** What a status none of the answers allows is compared with: every allowed status, and no error code (they differ). */
function eitherStatus(first: ExpectedAnswer, allowed: ExpectedAnswer[]): ExpectedAnswer {
  const statuses = [...new Set(allowed.flatMap(statusesOf))];
  return statuses.length === 1 ? first : { rule: first.rule, status: statuses };
}

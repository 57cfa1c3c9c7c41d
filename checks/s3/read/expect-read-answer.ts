import type { Answer } from "../../../transport/answer.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { compareAnswer, statusesOf } from "../../../harness/comparison.ts";
import type { ExpectedAnswer } from "../../../oracle/expected-answer.ts";
import type { CaseContext } from "../../../fixtures/s3/test.ts";
import { describeRead, sendRead } from "../../../fixtures/s3/send-read.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { decideRead, type ReadableObject, type ReadAnswer, type ReadRequest } from "../../../oracle/read/decide-read.ts";

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

/** The object as a counterexample shows it: what the conditions or If-Range values were built against. */
export function objectState(object: ReadableObject): unknown {
  return { key: object.key, size: object.body.length, etag: object.etag, lastModified: new Date(object.lastModified * 1000).toUTCString() };
}

/** Sends `request` for the object and compares the answer with the oracle's read of it. */
export async function expectRead(context: CaseContext, object: ReadableObject, request: ReadRequest): Promise<void> {
  const answer = await sendRead(context.s3, context.bucket, object.key, request);
  expectReadAnswer(answer, decideRead(object, request, nowSeconds()), describeRead(request));
}

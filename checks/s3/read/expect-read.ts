import { expectAnswer } from "../../../harness/expect-answer.ts";
import type { CaseContext } from "../../../fixtures/s3/test.ts";
import { describeRead, sendRead } from "../../../fixtures/s3/send-read.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { decideRead, type ReadableObject, type ReadRequest } from "../../../oracle/read/decide-read.ts";

/** The object as a counterexample shows it: what the conditions or If-Range values were built against. */
export function objectState(object: ReadableObject): unknown {
  return { key: object.key, size: object.body.length, etag: object.etag, lastModified: new Date(object.lastModified * 1000).toUTCString() };
}

/** Sends `request` for the object and compares the answer with the oracle's read of it. */
export async function expectRead(context: CaseContext, object: ReadableObject, request: ReadRequest): Promise<void> {
  const answer = await sendRead(context.s3, context.bucket, object.key, request);
  expectAnswer(answer, decideRead(object, request, nowSeconds()), describeRead(request));
}

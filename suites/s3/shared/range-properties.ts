import fc from "fast-check";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { storeReadable } from "../../../fixtures/s3-operations.ts";
import type { CaseContext } from "../../../fixtures/test.ts";
import { bodyOfSize } from "../../../generators/bodyOfSize.ts";
import { rangeHeader, type RangeKind } from "../../../generators/rangeHeader.ts";
import { decideRead } from "../../../oracle/read-answer.ts";
import type { ReadRequest } from "../../../oracle/read-request.ts";
import { describeRead, nowSeconds, sendRead } from "./read-request.ts";

/** Object sizes for range properties: empty, tiny, and larger; sizes without any range of the kinds are left out. */
function objectSize(kinds: RangeKind[]): fc.Arbitrary<number> {
  const sizes = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 16 }), fc.integer({ min: 17, max: 4096 }));
  const needsBytes = kinds.every((kind) => kind === "satisfiable" || kind === "edge");
  return needsBytes ? sizes.map((size) => Math.max(size, 1)) : sizes;
}

/**
 * Ranges of the given kinds against objects of generated sizes: each run writes an object and reads it
 * with a Range, and the whole answer (status, Content-Range, Content-Length, body or error) must be the
 * oracle's.
 */
export function rangeProperty(method: ReadRequest["method"], kinds: RangeKind[]) {
  return async (context: CaseContext): Promise<void> => {
    const { s3, bucket } = context;
    const input = objectSize(kinds).chain((size) => fc.tuple(bodyOfSize(size), rangeHeader(size, kinds)));
    await checkProperty(context, [input], async ([body, range]) => {
      const object = await storeReadable(s3, bucket, { key: "range-object", body, headers: {}, metadata: {} });
      const request: ReadRequest = { method, headers: { range }, query: {} };
      const answer = await sendRead(s3, bucket, object.key, request);
      expectAnswer(answer, decideRead(object, request, nowSeconds()), `${describeRead(request)} of ${body.length} bytes`);
    });
  };
}

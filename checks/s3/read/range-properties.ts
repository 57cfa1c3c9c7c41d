import fc from "fast-check";
import { checkProperty } from "../../../harness/property.ts";
import { storeReadable } from "../../../fixtures/s3/s3-operations.ts";
import type { CaseContext } from "../../../fixtures/s3/test.ts";
import { bodyOfSize, fillBody } from "../../../generators/body-of-size.ts";
import { rangeHeader, type RangeKind } from "../../../generators/range-header.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { describeRead, sendRead } from "../../../fixtures/s3/send-read.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { decideRead, type ReadRequest } from "../../../oracle/read/decide-read.ts";

/** Object sizes for range properties: empty, tiny, and larger; sizes without any range of the kinds are left out. */
function objectSize(kinds: RangeKind[]): fc.Arbitrary<number> {
  const sizes = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 16 }), fc.integer({ min: 17, max: 4096 }));
  const needsBytes = kinds.every((kind) => kind === "satisfiable" || kind === "edge");
  return needsBytes ? sizes.map((size) => Math.max(size, 1)) : sizes;
}

/** One Range of every form each kind is generated in, against a 100-byte object. */
const FORMS: Record<RangeKind, string[]> = {
  satisfiable: ["bytes=0-0", "bytes=0-9", "bytes=10-19", "bytes=90-", "bytes=-10"],
  edge: ["bytes=0-0", "bytes=99-99", "bytes=99-", "bytes=50-1000", "bytes=-1000"],
  ignored: ["bytes=1-0", "bytes=5-2", "bytes=-", "bytes=0--1", "bytes=-1-", "bytes=", "bytes=a-b", "10-20", "bytes=0-1,3-4"],
  unsatisfiable: ["bytes=-0", "bytes=100-", "bytes=150-200"],
};

/** The forms an empty object is asked with (no byte to select, so no satisfiable range). */
const EMPTY_OBJECT_FORMS: Record<RangeKind, string[]> = {
  satisfiable: [],
  edge: [],
  ignored: ["bytes=1-0", "bytes=-", "bytes=", "bytes=a-b", "0-0"],
  unsatisfiable: ["bytes=-0", "bytes=0-", "bytes=5-9"],
};

/**
 * Ranges of the given kinds (generators/range-header.ts) against objects of generated sizes, every
 * form against a 100-byte object first: each input writes an object and reads it with a Range, and
 * the whole answer (status, Content-Range, Content-Length, body or error) must be the oracle's.
 */
export function rangeProperty(method: ReadRequest["method"], kinds: RangeKind[]) {
  return async (context: CaseContext): Promise<void> => {
    const { s3, bucket } = context;
    const input = objectSize(kinds).chain((size) => fc.tuple(bodyOfSize(size), rangeHeader(size, kinds)));
    const hundred = fillBody(100, 7);
    const empty = Buffer.alloc(0);
    // Fixed examples, sent before the generated ones: each is the argument list of one input.
    const examples: Array<[[Buffer, string]]> = [
      ...kinds.flatMap((kind) => FORMS[kind]).map((range): [[Buffer, string]] => [[hundred, range]]),
      ...kinds.flatMap((kind) => EMPTY_OBJECT_FORMS[kind]).map((range): [[Buffer, string]] => [[empty, range]]),
    ];
    await checkProperty(context, [input], async ([body, range]) => {
      // PUT, then HEAD for the ETag and Last-Modified the oracle reasons from.
      const object = await storeReadable(s3, bucket, { key: "range-object", body, headers: {}, metadata: {} });
      const request: ReadRequest = { method, headers: { range }, query: {} };
      const answer = await sendRead(s3, bucket, object.key, request);
      expectAnswer(answer, decideRead(object, request, nowSeconds()), `${describeRead(request)} of ${body.length} bytes`);
    }, { examples });
  };
}

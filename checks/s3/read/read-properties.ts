import fc from "fast-check";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { storeReadable } from "../../../fixtures/s3/s3-operations.ts";
import type { CaseContext } from "../../../fixtures/s3/test.ts";
import { storeMultipart } from "../../../fixtures/s3/multipart-object.ts";
import { bodyOfSize, fillBody } from "../../../generators/body-of-size.ts";
import { rangeHeader } from "../../../generators/range-header.ts";
import { responseOverrideValues } from "../../../generators/response-override-values.ts";
import { storedHeaders } from "../../../generators/stored-headers.ts";
import { describeRead, sendRead } from "../../../fixtures/s3/send-read.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { MIN_PART_SIZE } from "../../../oracle/multipart/decide-multipart.ts";
import { decideRead, type ReadRequest } from "../../../oracle/read/decide-read.ts";

type Method = ReadRequest["method"];

/** partNumber on a single-part object: 1 is the whole object as 206, any other part is 416 InvalidPartNumber. */
export function singlePartNumberProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    const { s3, bucket } = context;
    const input = fc.tuple(fc.integer({ min: 1, max: 4096 }), fc.oneof(fc.constant(1), fc.integer({ min: 2, max: 10000 })));
    await checkProperty(context, [input], async ([size, partNumber]) => {
      const body = fc.sample(bodyOfSize(size), { seed: size, numRuns: 1 })[0] ?? Buffer.alloc(size);
      const object = await storeReadable(s3, bucket, { key: "part-number-object", body, headers: {}, metadata: {} });
      const request: ReadRequest = { method, headers: {}, query: { partNumber: String(partNumber) } };
      expectAnswer(await sendRead(s3, bucket, object.key, request), decideRead(object, request, nowSeconds()), `${describeRead(request)} of ${size} bytes`);
    }, { maxRuns: 30 });
  };
}

/** partNumber together with a Range is refused as 400 InvalidRequest. */
export function partNumberWithRangeProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    const { s3, bucket } = context;
    const object = await storeReadable(s3, bucket, { key: "part-number-object", body: Buffer.from("test-123"), headers: {}, metadata: {} });
    const input = fc.tuple(fc.integer({ min: 1, max: 3 }), rangeHeader(object.body.length, ["satisfiable", "edge"]));
    await checkProperty(context, [input], async ([partNumber, range]) => {
      const request: ReadRequest = { method, headers: { range }, query: { partNumber: String(partNumber) } };
      expectAnswer(await sendRead(s3, bucket, object.key, request), decideRead(object, request, nowSeconds()), describeRead(request));
    }, { maxRuns: 20 });
  };
}

/** The response-* overrides replace the stored headers verbatim, whatever was stored. */
export function overridesProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    const { s3, bucket } = context;
    const body = fc.sample(bodyOfSize(300), { seed: 300, numRuns: 1 })[0] ?? Buffer.alloc(300);
    await checkProperty(context, [storedHeaders(), responseOverrideValues()], async (headers, overrides) => {
      const object = await storeReadable(s3, bucket, { key: "override-object", body, headers, metadata: {} });
      const request: ReadRequest = { method, headers: {}, query: overrides };
      expectAnswer(await sendRead(s3, bucket, object.key, request), decideRead(object, request, nowSeconds()), describeRead(request));
    }, { maxRuns: 50 });
  };
}

/**
 * partNumber on a completed multipart upload of a 5 MiB part and a smaller last one: each part is a
 * 206 with its bytes, Content-Range within the whole object and x-amz-mp-parts-count; a part number
 * past the count is 416 InvalidPartNumber naming the count. The ETag is the one the target gave, so
 * only the read rules are checked here (the -N ETag is the Complete cases').
 */
export function multipartPartNumberProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    const { s3, bucket } = context;
    const parts = [fillBody(MIN_PART_SIZE, 1), fillBody(1000, 2)];
    const object = await storeMultipart(s3, bucket, { key: "multipart-object", headers: {}, metadata: {} }, parts);
    const partNumber = fc.oneof(fc.constantFrom(1, 2, 3), fc.integer({ min: 3, max: 10000 }));
    await checkProperty(context, [partNumber], async (chosen) => {
      const request: ReadRequest = { method, headers: {}, query: { partNumber: String(chosen) } };
      expectAnswer(await sendRead(s3, bucket, object.key, request), decideRead(object, request, nowSeconds()), `${describeRead(request)} of a two-part object`);
    }, { maxRuns: 12, state: { partSizes: object.partSizes } });
  };
}

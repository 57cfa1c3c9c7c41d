import fc from "fast-check";
import { checkProperty } from "../../../harness/property.ts";
import { storeReadable } from "../../../fixtures/s3/s3-operations.ts";
import type { CaseContext } from "../../../fixtures/s3/test.ts";
import { fillBody } from "../../../generators/body-of-size.ts";
import { ifRangeValue } from "../../../generators/if-range-value.ts";
import { rangeHeader } from "../../../generators/range-header.ts";
import { formatHttpDate } from "../../../oracle/http-date.ts";
import { expectRead, objectState } from "./expect-read.ts";
import type { ReadableObject, ReadRequest } from "../../../oracle/read/decide-read.ts";

type Method = ReadRequest["method"];
const DAY = 86_400;

/** One If-Range of every form ifRangeValue draws, the dates at both sides of Last-Modified by a second and by a day. */
function ifRangeFormExamples(object: ReadableObject): string[] {
  const bare = object.etag.replace(/"/g, "");
  const at = (seconds: number) => formatHttpDate(seconds, "imf-fixdate");
  const lastModified = object.lastModified;
  return [`"${bare}"`, '"etag123"', `W/"${bare}"`, at(lastModified), at(lastModified - 1), at(lastModified - DAY), at(lastModified + 1), at(lastModified + DAY), "yesterday", "*"];
}

/**
 * One Range of each kind If-Range is sent with, against the 100-byte object: satisfiable, unsatisfiable,
 * then open, clamped and suffix. Examples go range by range, so every If-Range form meets the first
 * two before anything a store gets wrong about ranges themselves.
 */
const RANGES = ["bytes=0-9", "bytes=200-", "bytes=90-", "bytes=50-1000", "bytes=-10"];

async function ifRangeObject({ s3, bucket }: CaseContext): Promise<ReadableObject> {
  return storeReadable(s3, bucket, { key: "if-range-object", body: fillBody(100, 11), headers: { "content-type": "text/plain" }, metadata: {} });
}

/**
 * If-Range with a Range: every form with every kind of range first, then generated pairs. A matching
 * validator lets the Range apply, any other value makes the server ignore it (the whole object, 200).
 */
export function ifRangeProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    const object = await ifRangeObject(context);
    const examples = RANGES.flatMap((range) => ifRangeFormExamples(object).map((ifRange) => [[ifRange, range]]));
    const input = fc.tuple(ifRangeValue(object), rangeHeader(object.body.length, ["satisfiable", "edge", "unsatisfiable"]));
    await checkProperty(context, [input], ([ifRange, range]) => expectRead(context, object, { method, headers: { range, "if-range": ifRange }, query: {} }), {
      examples,
      state: objectState(object),
    });
  };
}

/** If-Range without a Range, in every form: the read is answered as if it were absent. */
export function ifRangeWithoutRangeProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    const object = await ifRangeObject(context);
    const examples = ifRangeFormExamples(object).map((ifRange) => [ifRange]);
    await checkProperty(context, [ifRangeValue(object)], (ifRange) => expectRead(context, object, { method, headers: { "if-range": ifRange }, query: {} }), {
      examples,
      maxRuns: 20,
      state: objectState(object),
    });
  };
}

import type { ExpectedAnswer, HeaderRule } from "./expected-answer.ts";
import { objectHeaderRules } from "./object-answer.ts";
import { resolvePartNumber } from "./part-numbers.ts";
import { evaluateReadPreconditions, type ConditionTarget } from "./preconditions.ts";
import { resolveRange } from "./ranges.ts";
import type { ReadRequest } from "./read-request.ts";
import { resolveOverrides } from "./response-overrides.ts";
import type { ObjectState } from "./stored-object.ts";
import { resolveVersionId } from "./versions.ts";

/**
 * A stored object as the read oracle sees it: what was written, its ETag and date, and how it was
 * uploaded. It lives in a bucket that was never versioned.
 */
export type ReadableObject = ObjectState &
  ConditionTarget & {
    /** The sizes of a completed multipart upload's parts, in order; absent for a single-part object. */
    partSizes?: number[];
  };

/**
 * The documented answer to a GetObject or HeadObject of an existing object. Order: versionId first,
 * as it picks the object the rest is about; then preconditions (412, then 304) before everything
 * else (RFC 9110 13.2.2); partNumber with Range is 400 InvalidRequest; then partNumber, then Range;
 * response overrides apply to whatever is served.
 */
export function decideRead(object: ReadableObject, request: ReadRequest, now: number): ExpectedAnswer {
  const isHead = request.method === "HEAD";
  const empty = Buffer.alloc(0);
  const version = resolveVersionId(request.query.versionId);
  if (version.result === "invalid") {
    if (isHead) return { status: 400, body: empty };
    return { status: 400, code: "InvalidArgument", errorFields: { ArgumentName: "versionId", ArgumentValue: version.argumentValue } };
  }
  const preconditions = evaluateReadPreconditions(object, request.headers, now);
  if (preconditions.result === "precondition-failed") {
    return isHead ? { status: 412, body: empty } : { status: 412, code: "PreconditionFailed", errorFields: { Condition: preconditions.condition } };
  }
  if (preconditions.result === "not-modified") return { status: 304, body: empty };

  const overrides = resolveOverrides(request.query);
  if (overrides.result === "invalid") {
    if (isHead) return { status: 400, body: empty };
    return { status: 400, code: "InvalidArgument", errorFields: { ArgumentName: overrides.argumentName, ArgumentValue: overrides.argumentValue } };
  }

  const size = object.body.length;
  const partNumber = request.query.partNumber;
  if (partNumber !== undefined && request.headers.range !== undefined) {
    return isHead ? { status: 400, body: empty } : { status: 400, code: "InvalidRequest" };
  }
  const headers: Record<string, HeaderRule> = { ...objectHeaderRules(object), etag: object.etag, ...overrides.headers };
  const served = (status: number, first: number, last: number, extra: Record<string, HeaderRule>): ExpectedAnswer => ({
    status,
    headers: { ...headers, "content-length": String(last - first + 1), ...extra },
    body: isHead ? empty : object.body.subarray(first, last + 1),
  });

  if (partNumber !== undefined) {
    const part = resolvePartNumber(partNumber, size, object.partSizes);
    if (part.kind === "no-part") {
      if (isHead) return { status: 416, body: empty };
      return { status: 416, code: "InvalidPartNumber", errorFields: { PartNumberRequested: partNumber, ActualPartCount: String(part.count) } };
    }
    // Only a multipart upload's parts carry the count (get-partnumber-2 and get-partnumber-1-non-multipart).
    const partsCount = object.partSizes === undefined ? null : String(part.count);
    return served(206, part.first, part.last, { "content-range": `bytes ${part.first}-${part.last}/${size}`, "x-amz-mp-parts-count": partsCount });
  }

  const range = resolveRange(request.headers.range, size);
  switch (range.kind) {
    case "whole":
      return served(200, 0, size - 1, { "content-range": null });
    case "unsatisfiable":
      if (isHead) return { status: 416, body: empty };
      return { status: 416, code: "InvalidRange", errorFields: { RangeRequested: request.headers.range ?? "", ActualObjectSize: String(size) } };
    case "partial": {
      const contentRange = `bytes ${range.first}-${range.last}/${size}`;
      // HeadObject's documentation says only Content-Length changes for a satisfiable range; the status is not stated.
      if (isHead) return { ...served(206, range.first, range.last, { "content-range": { absentOr: contentRange } }), status: [200, 206] };
      return served(206, range.first, range.last, { "content-range": contentRange });
    }
  }
}

import { failedCopySourceCondition } from "./copy-preconditions.ts";
import { resolveCopySourceRange } from "./copy-source-range.ts";
import { XML_TIMESTAMP, type ExpectedAnswer } from "./expected-answer.ts";
import { findUpload, noSuchUpload, uploadedPart, type MultipartUpload } from "./multipart-upload.ts";
import type { ConditionTarget } from "./preconditions.ts";
import type { UploadPartDecision } from "./upload-part-decision.ts";
import { invalidPartNumber } from "./upload-part-number.ts";

const RANGE_HEADER = "x-amz-copy-source-range";

/** The conditions on the copy source, by wire name. */
export const COPY_SOURCE_CONDITIONAL_HEADERS = [
  "x-amz-copy-source-if-match",
  "x-amz-copy-source-if-unmodified-since",
  "x-amz-copy-source-if-none-match",
  "x-amz-copy-source-if-modified-since",
] as const;
type CopySourceConditionalHeader = (typeof COPY_SOURCE_CONDITIONAL_HEADERS)[number];

export interface UploadPartCopyRequest {
  key: string;
  uploadId: string;
  /** As sent in the query. */
  partNumber: string;
  headers: Partial<Record<CopySourceConditionalHeader | typeof RANGE_HEADER, string>>;
}

/** The object `x-amz-copy-source` names: its bytes, quoted ETag and Last-Modified (epoch seconds). */
export type CopySourceObject = ConditionTarget & { body: Buffer };

/**
 * UploadPartCopy from an existing source into the bucket's open `uploads`. Order: partNumber, the
 * upload, the copy-source range, then the copy-source preconditions (CopyObject's: every failure a
 * 412, never a 304; a true If-Match skips If-Unmodified-Since, upc-cond-im-true-ius-false). No
 * recording combines a range failure with a failed precondition; the range goes first as a fault of
 * the request itself, which RFC 9110 13.2.1 puts before preconditions. Success is 200 with a CopyPartResult whose ETag is the
 * quoted MD5 of the copied bytes (upc-range-0-8) and whose LastModified is an ISO-8601 timestamp.
 */
export function decideUploadPartCopy(
  uploads: readonly MultipartUpload[],
  request: UploadPartCopyRequest,
  source: CopySourceObject,
  now: number,
): UploadPartDecision {
  const badNumber = invalidPartNumber(request.partNumber);
  if (badNumber) return { answer: badNumber };
  if (!findUpload(uploads, request.key, request.uploadId)) return { answer: noSuchUpload(request.uploadId) };

  const rangeHeader = request.headers[RANGE_HEADER];
  const range = resolveCopySourceRange(rangeHeader, source.body.length);
  if (range.kind === "invalid-argument") {
    return { answer: { status: 400, code: "InvalidArgument", errorFields: { ArgumentName: RANGE_HEADER, ArgumentValue: rangeHeader ?? "" } } };
  }
  if (range.kind === "start-beyond-source") return { answer: { status: 400, code: "InvalidRequest" } };

  const condition = failedCopySourceCondition(source, request.headers, now);
  if (condition !== undefined) return { answer: preconditionFailed(condition) };

  const copied = range.kind === "whole" ? source.body : source.body.subarray(range.first, range.last + 1);
  const part = uploadedPart(copied);
  const answer: ExpectedAnswer = { status: 200, result: { root: "CopyPartResult", fields: { ETag: part.etag, LastModified: XML_TIMESTAMP } } };
  return { answer, stored: { partNumber: Number(request.partNumber), part } };
}

function preconditionFailed(condition: string): ExpectedAnswer {
  return { status: 412, code: "PreconditionFailed", errorFields: { Condition: condition } };
}

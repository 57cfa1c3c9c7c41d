import { COPY_SOURCE_CONDITIONS } from "../copy/copy-request.ts";
import { failedCopySourceCondition, type CopySourceCondition } from "../copy/source-conditions.ts";
import { resolveCopySourceRange } from "./copy-source-range.ts";
import { XML_TIMESTAMP, type ExpectedAnswer } from "../expected-answer.ts";
import { findUpload, uploadNotFound, uploadedPart, type EndedUpload, type MultipartUpload } from "./uploads.ts";
import type { ConditionTarget } from "../read/preconditions.ts";
import type { MultipartRuleId } from "../rules/multipart-rules.ts";
import { invalidPartNumber, type UploadPartDecision } from "./upload-part.ts";

const RANGE_HEADER = "x-amz-copy-source-range";

type CopySourceConditionalHeader = (typeof COPY_SOURCE_CONDITIONS)[number];

export interface UploadPartCopyRequest {
  key: string;
  uploadId: string;
  /** As sent in the query. */
  partNumber: string;
  headers: Partial<Record<CopySourceConditionalHeader | typeof RANGE_HEADER, string>>;
}

/** The object `x-amz-copy-source` names: its bytes, quoted ETag and Last-Modified (epoch seconds). */
export type PartCopySource = ConditionTarget & { body: Buffer };

/** The rule of each failing copy-source condition, by its `<Condition>` name. */
const FAILED_CONDITION_RULES: Record<CopySourceCondition, MultipartRuleId> = {
  "x-amz-copy-source-If-Match": "multipart.upload-part-copy.source-if-match-failed",
  "x-amz-copy-source-If-Unmodified-Since": "multipart.upload-part-copy.source-if-unmodified-since-failed",
  "x-amz-copy-source-If-None-Match": "multipart.upload-part-copy.source-if-none-match-matched",
  "x-amz-copy-source-If-Modified-Since": "multipart.upload-part-copy.source-if-modified-since-not-modified",
};

/**
 * UploadPartCopy from an existing source into the bucket's open `uploads` (`ended`: those completed
 * or aborted). Order: partNumber, the upload, the copy-source range, then the copy-source
 * preconditions (CopyObject's: every failure a 412, never a 304; a true If-Match skips
 * If-Unmodified-Since, upc-cond-im-true-ius-false). No recording combines a range failure with a
 * failed precondition; the range goes first as a fault of the request itself, which RFC 9110 13.2.1
 * puts before preconditions. Success is 200 with a CopyPartResult whose ETag is the quoted MD5 of the
 * copied bytes (upc-range-0-8) and whose LastModified is an ISO-8601 timestamp.
 */
export function decideUploadPartCopy(
  uploads: readonly MultipartUpload[],
  request: UploadPartCopyRequest,
  source: PartCopySource,
  now: number,
  ended: readonly EndedUpload[] = [],
): UploadPartDecision {
  const badNumber = invalidPartNumber(request.partNumber);
  if (badNumber) return { answer: badNumber };
  if (!findUpload(uploads, request.key, request.uploadId)) return { answer: uploadNotFound("UploadPartCopy", request, uploads, ended) };

  const rangeHeader = request.headers[RANGE_HEADER];
  const range = resolveCopySourceRange(rangeHeader, source.body.length);
  if (range.kind === "invalid-argument") {
    const errorFields = { ArgumentName: RANGE_HEADER, ArgumentValue: rangeHeader ?? "" };
    return { answer: { rule: "multipart.upload-part-copy.range-malformed", status: 400, code: "InvalidArgument", errorFields } };
  }
  if (range.kind === "start-beyond-source") return { answer: { rule: "multipart.upload-part-copy.range-start-beyond-source", status: 400, code: "InvalidRequest" } };

  const condition = failedCopySourceCondition(source, request.headers, now);
  if (condition !== undefined) {
    return { answer: { rule: FAILED_CONDITION_RULES[condition], status: 412, code: "PreconditionFailed", errorFields: { Condition: condition } } };
  }

  const copied = range.kind === "whole" ? source.body : source.body.subarray(range.first, range.last + 1);
  const part = uploadedPart(copied);
  const copiedRule: MultipartRuleId = "multipart.upload-part-copy.copied";
  const etagRule: MultipartRuleId = range.kind === "whole" ? copiedRule : "multipart.upload-part-copy.range-copied";
  const fieldRules = { "result:ETag": etagRule, "result:LastModified": copiedRule, body: copiedRule };
  const answer: ExpectedAnswer = {
    rule: conditionsHoldRule(source, request.headers, now) ?? etagRule,
    fieldRules,
    status: 200,
    result: { root: "CopyPartResult", fields: { ETag: part.etag, LastModified: XML_TIMESTAMP } },
  };
  return { answer, stored: { partNumber: Number(request.partNumber), part } };
}

/**
 * The rule that lets a copy with copy-source conditions go ahead, or undefined without conditions:
 * a true If-Match that overrides a failing If-Unmodified-Since, else conditions that all hold.
 */
function conditionsHoldRule(source: PartCopySource, headers: UploadPartCopyRequest["headers"], now: number): MultipartRuleId | undefined {
  if (!COPY_SOURCE_CONDITIONS.some((name) => headers[name] !== undefined)) return undefined;
  const ifUnmodifiedSince = headers["x-amz-copy-source-if-unmodified-since"];
  const overridden =
    headers["x-amz-copy-source-if-match"] !== undefined &&
    ifUnmodifiedSince !== undefined &&
    failedCopySourceCondition(source, { "x-amz-copy-source-if-unmodified-since": ifUnmodifiedSince }, now) !== undefined;
  return overridden ? "multipart.upload-part-copy.source-if-match-overrides-if-unmodified-since" : "multipart.upload-part-copy.source-conditions-hold";
}

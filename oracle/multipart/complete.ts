import type { ExpectedAnswer } from "../expected-answer.ts";
import { multipartEtag } from "../entity-tags.ts";
import { completeConditionFailure, isConditionalComplete, type CompleteConditions, type KeyHistory } from "./complete-conditions.ts";
import { partsListFailure, type ListedPart } from "./parts-list.ts";
import { findUpload, uploadNotFound, type EndedUpload, type MultipartUpload } from "./uploads.ts";
import type { MultipartRuleId } from "../rules/multipart-rules.ts";

export interface CompleteMultipartUploadRequest {
  bucket: string;
  key: string;
  uploadId: string;
  /** The listed parts in the order sent; undefined when the request has no body. */
  parts: readonly ListedPart[] | undefined;
  headers: CompleteConditions & { "x-amz-mp-object-size"?: string };
}

/** The object a completed upload leaves under its key. */
export interface CompletedObject {
  /** The listed parts' bytes, in the order listed. */
  body: Buffer;
  /** Quoted. */
  etag: string;
  /** The listed parts' sizes, for reads by partNumber. */
  partSizes: number[];
}

export interface CompleteDecision {
  answer: ExpectedAnswer;
  /** On success; the upload is then gone. A failed Complete leaves it open (complete-parts-out-of-order, notes). */
  object?: CompletedObject;
}

/**
 * CompleteMultipartUpload against the bucket's open `uploads` (`ended`: those completed or aborted),
 * for a key with `history`. Order: the upload (404 NoSuchUpload, before the body is looked at:
 * complete-no-such-upload, complete-wrong-key), a body (400 InvalidRequest, complete-no-body) listing
 * at least one part (400, MalformedXML as a SHOULD: emptyPartsList), the parts list (see partsListFailure),
 * `x-amz-mp-object-size` against the listed parts' total (400 InvalidRequest,
 * complete-mp-object-size-mismatch), then the conditional headers (see completeConditionFailure). No recording combines a faulty list or size with a failing condition;
 * faults of the request come first as RFC 9110 13.2.1 has it. Success: 200 with a
 * CompleteMultipartUploadResult naming the bucket, the key and the multipart ETag of the listed
 * parts; gaps in the part numbers are fine (complete-gapped-part-numbers).
 */
export function decideCompleteMultipartUpload(
  uploads: readonly MultipartUpload[],
  request: CompleteMultipartUploadRequest,
  history: KeyHistory,
  ended: readonly EndedUpload[] = [],
): CompleteDecision {
  const upload = findUpload(uploads, request.key, request.uploadId);
  if (!upload) return { answer: uploadNotFound("CompleteMultipartUpload", request, uploads, ended) };
  if (request.parts === undefined) return { answer: { rule: "multipart.complete.no-parts-listed", status: 400, code: "InvalidRequest" } };
  if (request.parts.length === 0) return { answer: emptyPartsList() };
  const listFailure = partsListFailure(upload, request.parts);
  if (listFailure) return { answer: listFailure };

  const parts = request.parts.map(({ partNumber }) => {
    const part = upload.parts.get(partNumber);
    if (!part) throw new Error(`part ${partNumber} passed the list check but was never uploaded`);
    return part;
  });
  const object: CompletedObject = {
    body: Buffer.concat(parts.map((part) => part.body)),
    etag: multipartEtag(parts.map((part) => part.etag)),
    partSizes: parts.map((part) => part.body.length),
  };
  const declaredSize = request.headers["x-amz-mp-object-size"];
  if (declaredSize !== undefined && !declaresSize(declaredSize, object.body.length)) {
    return { answer: { rule: "multipart.complete.object-size-mismatch", status: 400, code: "InvalidRequest" } };
  }

  const conditionFailure = completeConditionFailure(history, request.key, request.headers);
  if (conditionFailure) return { answer: conditionFailure };

  const assembled: MultipartRuleId = "multipart.complete.parts-assembled";
  const fields = { Bucket: request.bucket, Key: request.key, ETag: object.etag };
  const answer: ExpectedAnswer = {
    rule: isConditionalComplete(request.headers) ? "multipart.complete.condition-holds" : assembled,
    fieldRules: { "result:Bucket": assembled, "result:Key": assembled, "result:ETag": "multipart.complete.etag-md5-of-part-md5s", body: assembled },
    status: 200,
    result: { root: "CompleteMultipartUploadResult", fields },
  };
  return { answer, object };
}

/**
 * What GET of the key answers after Complete made `object`: 200 with the listed parts' bytes in
 * order, their total as Content-Length and the multipart ETag.
 */
export function decideReadOfCompleted(object: CompletedObject): ExpectedAnswer {
  return {
    rule: "multipart.complete.object-is-listed-parts",
    fieldRules: { etag: "multipart.complete.etag-md5-of-part-md5s" },
    status: 200,
    headers: { etag: object.etag, "content-length": String(object.body.length) },
    body: object.body,
  };
}

/**
 * A second CompleteMultipartUpload of an upload already completed as `first`: unrecorded. NoSuchUpload
 * ("the upload may have been completed", S3 error codes), or, as a retried Complete may be answered,
 * the first answer again (`repeated`: the status answered was 200).
 */
export function decideCompleteAgain(uploadId: string, first: CompletedObject, repeated: boolean): ExpectedAnswer {
  const rule: MultipartRuleId = "multipart.complete.completed-again";
  if (repeated) return { rule, status: 200, result: { root: "CompleteMultipartUploadResult", fields: { ETag: first.etag } } };
  return { rule, status: 404, code: "NoSuchUpload", errorFields: { UploadId: uploadId } };
}

/**
 * A body listing no part: 400, as the CompletedMultipartUpload reference documents for a request
 * without a valid Part; the code is unrecorded, MalformedXML (SHOULD) as the error responses page has
 * it for a document that does not validate, as an AWS answer quoted in riak_cs#1100 shows, and as ceph
 * and versitygw expect.
 */
function emptyPartsList(): ExpectedAnswer {
  return { rule: "multipart.complete.empty-parts-list", fieldRules: { "error:Code": "multipart.complete.empty-parts-list-malformed-xml" }, status: 400, code: "MalformedXML" };
}

/** Whether `x-amz-mp-object-size` states this size; a value that is not a decimal number is unrecorded. */
function declaresSize(value: string, size: number): boolean {
  if (!/^\d+$/.test(value)) throw new Error(`undecided: x-amz-mp-object-size ${JSON.stringify(value)}`);
  return Number(value) === size;
}

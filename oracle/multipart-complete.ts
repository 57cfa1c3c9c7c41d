import type { ExpectedAnswer } from "./expected-answer.ts";
import { completeConditionFailure, type CompleteConditions } from "./multipart-conditional-write.ts";
import { multipartEtagFromPartMd5s } from "./multipart-etag.ts";
import type { KeyHistory } from "./multipart-key-history.ts";
import { partsListFailure, type ListedPart } from "./multipart-parts-list.ts";
import { findUpload, noSuchUpload, type MultipartUpload } from "./multipart-upload.ts";

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
 * CompleteMultipartUpload against the bucket's open `uploads`, for a key with `history`. Order: the
 * upload (404 NoSuchUpload, before the body is looked at: complete-no-such-upload, complete-wrong-key),
 * at least one listed part (400 InvalidRequest), the parts list (see partsListFailure),
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
): CompleteDecision {
  const upload = findUpload(uploads, request.key, request.uploadId);
  if (!upload) return { answer: noSuchUpload(request.uploadId) };
  // complete-no-body; an empty list is unrecorded (other suites expect MalformedXML).
  if (request.parts === undefined || request.parts.length === 0) return { answer: { status: 400, code: "InvalidRequest" } };
  const listFailure = partsListFailure(upload, request.parts);
  if (listFailure) return { answer: listFailure };

  const parts = request.parts.map(({ partNumber }) => {
    const part = upload.parts.get(partNumber);
    if (!part) throw new Error(`part ${partNumber} passed the list check but was never uploaded`);
    return part;
  });
  const object: CompletedObject = {
    body: Buffer.concat(parts.map((part) => part.body)),
    etag: multipartEtagFromPartMd5s(parts.map((part) => part.etag)),
    partSizes: parts.map((part) => part.body.length),
  };
  const declaredSize = request.headers["x-amz-mp-object-size"];
  if (declaredSize !== undefined && !declaresSize(declaredSize, object.body.length)) return { answer: { status: 400, code: "InvalidRequest" } };

  const conditionFailure = completeConditionFailure(history, request.key, request.headers);
  if (conditionFailure) return { answer: conditionFailure };

  const fields = { Bucket: request.bucket, Key: request.key, ETag: object.etag };
  return { answer: { status: 200, result: { root: "CompleteMultipartUploadResult", fields } }, object };
}

/** Whether `x-amz-mp-object-size` states this size; a value that is not a decimal number is unrecorded. */
function declaresSize(value: string, size: number): boolean {
  if (!/^\d+$/.test(value)) throw new Error(`undecided: x-amz-mp-object-size ${JSON.stringify(value)}`);
  return Number(value) === size;
}

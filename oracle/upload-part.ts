import type { ExpectedAnswer } from "./expected-answer.ts";
import { findUpload, uploadNotFound, uploadedPart, type EndedUpload, type MultipartUpload } from "./multipart-upload.ts";
import type { UploadPartDecision } from "./upload-part-decision.ts";
import { uploadPartDigestFailure } from "./upload-part-content-md5.ts";
import { invalidPartNumber } from "./upload-part-number.ts";

export interface UploadPartRequest {
  key: string;
  uploadId: string;
  /** As sent in the query. */
  partNumber: string;
  body: Buffer;
  contentMd5?: string;
}

/**
 * UploadPart into the bucket's open `uploads` (`ended`: those completed or aborted). Order:
 * partNumber, then the upload, then Content-MD5; no recording combines two of these failures.
 * Success is 200 with the part's quoted MD5 as ETag, an empty body and no Content-Type
 * (upload-part-response, upload-part-empty-body-raw: a 0-byte part is accepted).
 */
export function decideUploadPart(uploads: readonly MultipartUpload[], request: UploadPartRequest, ended: readonly EndedUpload[] = []): UploadPartDecision {
  const badNumber = invalidPartNumber(request.partNumber);
  if (badNumber) return { answer: badNumber };
  if (!findUpload(uploads, request.key, request.uploadId)) return { answer: uploadNotFound("UploadPart", request, uploads, ended) };
  const badDigest = request.contentMd5 === undefined ? undefined : uploadPartDigestFailure(request.body, request.contentMd5);
  if (badDigest) return { answer: badDigest };
  const part = uploadedPart(request.body);
  const headers = { etag: part.etag, "content-length": "0", "content-type": null };
  const answer = { rule: "multipart.upload-part.stored", fieldRules: { etag: "multipart.upload-part.etag-is-md5" }, status: 200, headers, body: Buffer.alloc(0) };
  return { answer, stored: { partNumber: Number(request.partNumber), part } };
}

/**
 * What a set-up UploadPart is checked for: the oracle's answer, but of a success only the status and
 * the ETag a later parts list names; its other headers are the subject of the UploadPart cases.
 */
export function expectedSetUpPart(answer: ExpectedAnswer): ExpectedAnswer {
  const etag = answer.headers?.etag;
  if (answer.status !== 200 || etag === undefined) return answer;
  const { headers: _headers, body: _body, ...rest } = answer;
  return { ...rest, headers: { etag } };
}

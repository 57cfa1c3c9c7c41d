import type { ExpectedAnswer } from "../expected-answer.ts";
import { base64Md5, isWellFormedContentMd5 } from "../put/content-md5.ts";
import { findUpload, MAX_PART_NUMBER, uploadNotFound, uploadedPart, type EndedUpload, type MultipartUpload, type UploadedPart } from "./uploads.ts";

/** What UploadPart or UploadPartCopy answers, and on success the part the upload then holds under `partNumber`. */
export interface UploadPartDecision {
  answer: ExpectedAnswer;
  stored?: { partNumber: number; part: UploadedPart };
}

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
 * UploadPart's and UploadPartCopy's answer to a `partNumber` outside 1..10000: 400 InvalidArgument
 * naming it, with the value as sent. Recorded for -1 (aws-observed upload-part-negative-number); 0,
 * 10001 and forms such as `01` or `1.5` follow the documented range, unrecorded. Undefined when valid.
 */
export function invalidPartNumber(partNumber: string): ExpectedAnswer | undefined {
  const number = Number(partNumber);
  if (String(number) === partNumber && Number.isInteger(number) && number >= 1 && number <= MAX_PART_NUMBER) return undefined;
  return { rule: "multipart.part-number.out-of-range", status: 400, code: "InvalidArgument", errorFields: { ArgumentName: "partNumber", ArgumentValue: partNumber } };
}

/**
 * UploadPart's answer to a Content-MD5 the part does not satisfy, or undefined when it does. As for
 * PutObject, malformed is 400 InvalidDigest echoing the value; a digest of other bytes is 400
 * BadDigest, but UploadPart renders ExpectedDigest in base64 as sent, where PutObject uses hex
 * (aws-observed upload-part-content-md5-*).
 */
function uploadPartDigestFailure(body: Buffer, contentMd5: string): ExpectedAnswer | undefined {
  if (!isWellFormedContentMd5(contentMd5)) return { rule: "multipart.upload-part.content-md5-malformed", status: 400, code: "InvalidDigest", errorFields: { "Content-MD5": contentMd5 } };
  const calculated = base64Md5(body);
  if (calculated === contentMd5) return undefined;
  return { rule: "multipart.upload-part.content-md5-mismatch", status: 400, code: "BadDigest", errorFields: { CalculatedDigest: calculated, ExpectedDigest: contentMd5 } };
}

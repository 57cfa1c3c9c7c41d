import type { ExpectedAnswer } from "../expected-answer.ts";
import { findUpload, uploadNotFound, type EndedUpload, type MultipartUpload } from "./uploads.ts";

/*
 * The multipart oracle: one decision per operation. Each takes the bucket's open `uploads` and, where
 * an id may name an upload that already ended, the `ended` ones (completed or aborted).
 */
export { decideCompleteAgain, decideCompleteMultipartUpload, decideReadOfCompleted } from "./complete.ts";
export type { CompleteMultipartUploadRequest } from "./complete.ts";
export type { KeyHistory, KeyWrite } from "./complete-conditions.ts";
export type { ListedPart } from "./parts-list.ts";
export { decideUploadPart, invalidPartNumber, type UploadPartRequest } from "./upload-part.ts";
export { decideUploadPartCopy, type PartCopySource, type UploadPartCopyRequest } from "./upload-part-copy.ts";
export { findUpload, MIN_PART_SIZE, uploadedPart, type EndedUpload, type MultipartUpload, type UploadedPart } from "./uploads.ts";

/** CreateMultipartUpload: 200 with an InitiateMultipartUploadResult naming the bucket, the key and a new upload id (create-mpu-response). */
export function decideCreateMultipartUpload(bucket: string, key: string): ExpectedAnswer {
  return { rule: "multipart.create.initiated", status: 200, result: { root: "InitiateMultipartUploadResult", fields: { Bucket: bucket, Key: key, UploadId: /./ } } };
}

/**
 * AbortMultipartUpload of an open upload: 204 No Content with an empty body, after which the id names
 * nothing (UploadPart and Complete answer NoSuchUpload: "the upload may have been aborted or
 * completed", S3 error codes). An unknown id is 404 NoSuchUpload; so is an id of an upload that
 * already ended (`ended`).
 * Source: https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html
 */
export function decideAbortMultipartUpload(uploads: readonly MultipartUpload[], key: string, uploadId: string, ended: readonly EndedUpload[] = []): ExpectedAnswer {
  if (!findUpload(uploads, key, uploadId)) return uploadNotFound("AbortMultipartUpload", { key, uploadId }, uploads, ended);
  return { rule: "multipart.abort.aborted", status: 204, body: Buffer.alloc(0) };
}

/** GET of a key whose only write was an aborted upload: 404 NoSuchKey, no object was made. */
export function decideReadAfterAbort(): ExpectedAnswer {
  return { rule: "multipart.abort.no-object", status: 404, code: "NoSuchKey" };
}

/**
 * What a set-up UploadPart is held to: the oracle's answer, but of a success only the status and
 * the ETag a later parts list names; its other headers are the subject of the UploadPart cases.
 */
export function asSetUpPart(answer: ExpectedAnswer): ExpectedAnswer {
  const etag = answer.headers?.etag;
  if (answer.status !== 200 || etag === undefined) return answer;
  const { headers: _headers, body: _body, ...rest } = answer;
  return { ...rest, headers: { etag } };
}

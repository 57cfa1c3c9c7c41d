import type { ExpectedAnswer } from "./expected-answer.ts";
import { findUpload, uploadNotFound, type EndedUpload, type MultipartUpload } from "./multipart-upload.ts";

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

/** What GET of a key answers when its only write was an aborted upload: 404 NoSuchKey, no object was made. */
export function expectedAfterAbort(): ExpectedAnswer {
  return { rule: "multipart.abort.no-object", status: 404, code: "NoSuchKey" };
}

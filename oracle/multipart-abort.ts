import type { ExpectedAnswer } from "./expected-answer.ts";
import { findUpload, noSuchUpload, type MultipartUpload } from "./multipart-upload.ts";

/**
 * AbortMultipartUpload of an open upload: 204 No Content with an empty body, after which the id names
 * nothing (UploadPart and Complete answer NoSuchUpload: "the upload may have been aborted or
 * completed", S3 error codes). An unknown id is 404 NoSuchUpload.
 * Source: https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html
 */
export function decideAbortMultipartUpload(uploads: readonly MultipartUpload[], key: string, uploadId: string): ExpectedAnswer {
  if (!findUpload(uploads, key, uploadId)) return noSuchUpload(uploadId);
  return { status: 204, body: Buffer.alloc(0) };
}

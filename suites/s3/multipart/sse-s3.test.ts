import fc from "fast-check";
import { checkProperty } from "../../../harness/property.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import type { EncryptionRequest } from "../../../oracle/sse/encryption-request.ts";
import { encryptedUploadFlow, type UploadSubject } from "../../../checks/s3/multipart/sse-upload-flow.ts";

/** Uploads created with SSE-S3 asked for, or with nothing (the bucket default), each checked at `subject`. */
function sseS3Uploads(subject: UploadSubject) {
  return async (context: Parameters<typeof encryptedUploadFlow>[0]): Promise<void> => {
    const requests = fc.constantFrom<EncryptionRequest>({ kind: "none" }, { kind: "sse-s3" });
    await checkProperty(context, [requests], (request) => encryptedUploadFlow(context, request, subject), { maxRuns: 4 });
  };
}

conformance(
  {
    id: "s3.create-multipart-upload.sse-s3.encryption-echoed",
    protocol: "s3",
    operation: "CreateMultipartUpload",
    feature: "sse-s3",
    requirement: "MUST",
    source: "aws-observed:put-default-sse-s3",
    title: "CreateMultipartUpload with x-amz-server-side-encryption: AES256, or without (the bucket default), echoes AES256",
  },
  sseS3Uploads("create"),
);

conformance(
  {
    id: "s3.upload-part.sse-s3.encryption-echoed",
    protocol: "s3",
    operation: "UploadPart",
    feature: "sse-s3",
    requirement: "MUST",
    source: "aws-observed:put-default-sse-s3",
    title: "UploadPart into an SSE-S3 upload echoes AES256 with the part's MD5 ETag",
  },
  sseS3Uploads("part"),
);

conformance(
  {
    id: "s3.upload-part-copy.sse-s3.encryption-echoed",
    protocol: "s3",
    operation: "UploadPartCopy",
    feature: "sse-s3",
    requirement: "MUST",
    source: "aws-observed:put-default-sse-s3",
    title: "UploadPartCopy into an SSE-S3 upload echoes AES256 with the copied bytes' MD5 ETag",
  },
  sseS3Uploads("part-copy"),
);

conformance(
  {
    id: "s3.complete-multipart-upload.sse-s3.encryption-echoed",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "sse-s3",
    requirement: "MUST",
    source: "aws-observed:put-default-sse-s3",
    title: "CompleteMultipartUpload of an SSE-S3 upload echoes AES256, and a GET of the object does too",
  },
  sseS3Uploads("complete"),
);

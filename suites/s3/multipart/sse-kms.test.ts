import { randomUUID } from "node:crypto";
import { caseKeys } from "../../../fixtures/s3/sse/case-keys.ts";
import { requireKmsKeyIds, requireSseC } from "../../../fixtures/s3/sse/sse-requirements.ts";
import { conformance, type CaseContext } from "../../../fixtures/s3/test.ts";
import { customerKeyHeaders } from "../../../oracle/sse/customer-key-request.ts";
import { writeEncryptionHeaders } from "../../../oracle/sse/encryption-request.ts";
import { BUCKET_KEY_ENABLED, KMS_KEY_ID, SSE } from "../../../oracle/sse/header-names.ts";
import { createEncryptedUpload } from "../../../checks/s3/multipart/sse-multipart.ts";
import { encryptedUploadFlow, type UploadSubject } from "../../../checks/s3/multipart/sse-upload-flow.ts";

/** An upload under each of the target's KMS keys, checked at `subject`. */
function kmsUploads(subject: UploadSubject) {
  return async (context: CaseContext): Promise<void> => {
    for (const keyId of requireKmsKeyIds(context.target)) await encryptedUploadFlow(context, { kind: "sse-kms", keyId }, subject);
  };
}

conformance(
  {
    id: "s3.create-multipart-upload.sse-kms.key-id-echoed",
    protocol: "s3",
    operation: "CreateMultipartUpload",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:create-mpu-kms",
    title: "CreateMultipartUpload with aws:kms and a key id echoes aws:kms and the key, and the bucket key when asked for",
    requires: ["kms-key"],
  },
  async (context) => {
    await kmsUploads("create")(context);
    for (const keyId of requireKmsKeyIds(context.target)) {
      const request = { kind: "sse-kms", keyId } as const;
      await createEncryptedUpload(context, request, "checked", { ...writeEncryptionHeaders(request), [BUCKET_KEY_ENABLED]: "true" });
    }
  },
);

conformance(
  {
    id: "s3.create-multipart-upload.sse-kms.unknown-key-id",
    protocol: "s3",
    operation: "CreateMultipartUpload",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:create-mpu-kms-invalid-key-id",
    title: "CreateMultipartUpload with aws:kms and a key id the store does not hold is 400 KMS.NotFoundException",
    requires: ["kms-key"],
  },
  async (context) => {
    requireKmsKeyIds(context.target);
    await createEncryptedUpload(context, { kind: "sse-kms", keyId: randomUUID() }, "checked");
  },
);

conformance(
  {
    id: "s3.create-multipart-upload.sse-kms.key-id-without-aws-kms",
    protocol: "s3",
    operation: "CreateMultipartUpload",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateMultipartUpload.html",
    title: "CreateMultipartUpload with a KMS key id but without x-amz-server-side-encryption: aws:kms (none, or AES256) is 400 InvalidArgument",
    requires: ["kms-key"],
  },
  async (context) => {
    for (const keyId of requireKmsKeyIds(context.target)) {
      for (const sse of [{}, { [SSE]: "AES256" }] as Array<Record<string, string>>) await createEncryptedUpload(context, { kind: "none" }, "checked", { ...sse, [KMS_KEY_ID]: keyId });
    }
  },
);

conformance(
  {
    id: "s3.create-multipart-upload.sse-kms.with-sse-c",
    protocol: "s3",
    operation: "CreateMultipartUpload",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:put-ssec-plus-sse-header",
    title: "CreateMultipartUpload with aws:kms and SSE-C headers is 400 InvalidArgument naming x-amz-server-side-encryption and aws:kms",
    requires: ["sse-c", "kms-key"],
  },
  async (context) => {
    requireSseC(context.target);
    const [key] = caseKeys(context.run, 1);
    if (!key) throw new Error("no key");
    for (const keyId of requireKmsKeyIds(context.target)) {
      await createEncryptedUpload(context, { kind: "none" }, "checked", { [SSE]: "aws:kms", [KMS_KEY_ID]: keyId, ...customerKeyHeaders(key) });
    }
  },
);

conformance(
  {
    id: "s3.upload-part.sse-kms.upload-encryption-echoed",
    protocol: "s3",
    operation: "UploadPart",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:upload-part-kms",
    title: "UploadPart into an SSE-KMS upload needs no headers and echoes aws:kms and the key, with an ETag that is not the part's MD5",
    requires: ["kms-key"],
  },
  kmsUploads("part"),
);

conformance(
  {
    id: "s3.upload-part-copy.sse-kms.upload-encryption-echoed",
    protocol: "s3",
    operation: "UploadPartCopy",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html",
    title: "UploadPartCopy into an SSE-KMS upload echoes aws:kms and the key, with a CopyPartResult ETag that is not the MD5 of the copied bytes",
    requires: ["kms-key"],
  },
  kmsUploads("part-copy"),
);

conformance(
  {
    id: "s3.complete-multipart-upload.sse-kms.encryption-echoed",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:complete-mpu-kms",
    title: "CompleteMultipartUpload of an SSE-KMS upload echoes aws:kms and the key, with the -N ETag of the part ETags and no checksum elements; a GET echoes them too",
    requires: ["kms-key"],
  },
  kmsUploads("complete"),
);

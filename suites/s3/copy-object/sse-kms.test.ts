import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { checkProperty } from "../../../harness/property.ts";
import { caseKeys } from "../../../fixtures/s3/sse/case-keys.ts";
import { requireKmsKeyIds, requireSseC } from "../../../fixtures/s3/sse/sse-requirements.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { sseEncryptionRequest } from "../../../generators/sse-encryption-request.ts";
import { customerKeyHeaders } from "../../../oracle/sse/customer-key-request.ts";
import type { EncryptionRequest } from "../../../oracle/sse/encryption-request.ts";
import { BUCKET_KEY_ENABLED, KMS_KEY_ID, SSE } from "../../../oracle/sse/header-names.ts";
import { copyBetween, copyEncrypted, describeCopy, everyEncryptionKind, pairsInvolving } from "../../../checks/s3/copy/sse-copy.ts";

conformance(
  {
    id: "s3.copy-object.sse-kms.source-destination-combinations",
    protocol: "s3",
    operation: "CopyObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html",
    title: "CopyObject of an SSE-KMS source needs no headers and writes the copy as asked (none, SSE-S3, SSE-KMS), and back; the echo and ETag are the copy's",
    requires: ["kms-key"],
  },
  async (context) => {
    const kmsKeyIds = requireKmsKeyIds(context.target);
    const kms = fc.constantFrom(...kmsKeyIds).map((keyId): EncryptionRequest => ({ kind: "sse-kms", keyId }));
    const any = sseEncryptionRequest({ kmsKeyIds });
    await checkProperty(context, [fc.oneof(fc.tuple(kms, any), fc.tuple(any, kms))], ([source, destination]) =>
      copyEncrypted(context, copyBetween(source, destination), describeCopy(source, destination)), { maxRuns: 12, examples: pairsInvolving(everyEncryptionKind(kmsKeyIds, false, context.run.seed), "sse-kms") });
  },
);

conformance(
  {
    id: "s3.copy-object.sse-kms.unknown-key-id",
    protocol: "s3",
    operation: "CopyObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:copy-kms-invalid-key-id",
    title: "CopyObject asking for aws:kms with a key id the store does not hold is 400 KMS.NotFoundException",
    requires: ["kms-key"],
  },
  async (context) => {
    requireKmsKeyIds(context.target);
    await copyEncrypted(context, { source: { kind: "none" }, headers: { [SSE]: "aws:kms", [KMS_KEY_ID]: randomUUID() } }, "to aws:kms under an unknown key");
  },
);

conformance(
  {
    id: "s3.copy-object.sse-kms.bucket-key-echoed",
    protocol: "s3",
    operation: "CopyObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:copy-to-kms-bucket-key",
    title: "CopyObject to aws:kms with x-amz-server-side-encryption-bucket-key-enabled: true echoes aws:kms, the key and the bucket key, and so does a GET of the copy",
    requires: ["kms-key"],
  },
  async (context) => {
    for (const keyId of requireKmsKeyIds(context.target)) {
      const copy = copyBetween({ kind: "sse-s3" }, { kind: "sse-kms", keyId });
      await copyEncrypted(context, { ...copy, headers: { ...copy.headers, [BUCKET_KEY_ENABLED]: "true" } }, `to aws:kms under ${keyId} with a bucket key`);
    }
  },
);

conformance(
  {
    id: "s3.copy-object.sse-kms.key-id-without-aws-kms",
    protocol: "s3",
    operation: "CopyObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html",
    title: "CopyObject with a KMS key id but without x-amz-server-side-encryption: aws:kms (none, or AES256) is 400 InvalidArgument",
    requires: ["kms-key"],
  },
  async (context) => {
    for (const keyId of requireKmsKeyIds(context.target)) {
      for (const sse of [{}, { [SSE]: "AES256" }] as Array<Record<string, string>>) await copyEncrypted(context, { source: { kind: "none" }, headers: { ...sse, [KMS_KEY_ID]: keyId } }, `with key ${keyId} and ${SSE} ${sse[SSE] ?? "(none)"}`);
    }
  },
);

conformance(
  {
    id: "s3.copy-object.sse-kms.with-sse-c",
    protocol: "s3",
    operation: "CopyObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:copy-ssec-dest-plus-sse-header",
    title: "CopyObject asking for aws:kms and for SSE-C for the copy is 400 InvalidArgument naming x-amz-server-side-encryption and aws:kms",
    requires: ["sse-c", "kms-key"],
  },
  async (context) => {
    requireSseC(context.target);
    const [key] = caseKeys(context.run, 1);
    if (!key) throw new Error("no key");
    for (const keyId of requireKmsKeyIds(context.target)) {
      await copyEncrypted(context, { source: { kind: "none" }, headers: { [SSE]: "aws:kms", [KMS_KEY_ID]: keyId, ...customerKeyHeaders(key) } }, `to aws:kms under ${keyId} and SSE-C`);
    }
  },
);

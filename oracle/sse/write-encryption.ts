import type { ExpectedAnswer } from "../expected-answer.ts";
import { checkCustomerKey } from "./customer-key-check.ts";
import { customerKeyRequest } from "./customer-key-request.ts";
import { BUCKET_KEY_ENABLED, KMS_KEY_ID, SSE } from "./header-names.ts";
import { AWS_MANAGED_KEY, AWS_MANAGED_KEY_ECHO, findKmsKey } from "./kms-keys.ts";
import { KMS_KEY_NOT_FOUND, kmsKeyRefusal } from "./kms-keys.ts";
import type { ObjectEncryption } from "./sse-world.ts";
import type { SseWorld } from "./sse-world.ts";

export type WriteEncryption = { result: "refused"; answer: ExpectedAnswer } | { result: "encrypted"; encryption: ObjectEncryption };

/**
 * How a write (PutObject, CreateMultipartUpload, CopyObject's destination) is encrypted, or why it is
 * refused. Order: the SSE-C headers (checkCustomerKey, their clash with x-amz-server-side-encryption
 * first); a KMS key id without `aws:kms`, 400 InvalidArgument (inferred from the documentation, not recorded); then the KMS
 * key. Without headers the bucket's default applies (put-no-headers-bucket-default-kms); the bucket key
 * is the request's, else the default's (put-kms-no-key-id-bucket-default-bucketkey), echoed only when on.
 */
export function decideWriteEncryption(headers: Record<string, string>, world: SseWorld): WriteEncryption {
  const requested = headers[SSE];
  if (requested !== undefined && requested !== "AES256" && requested !== "aws:kms") throw new Error(`undecided: ${SSE} ${requested} is not recorded`);
  const customer = customerKeyRequest(headers, "object");
  if (customer) {
    if (requested === undefined && (headers[KMS_KEY_ID] !== undefined || headers[BUCKET_KEY_ENABLED] !== undefined)) throw new Error("undecided: SSE-C with KMS headers is not recorded");
    const check = checkCustomerKey(customer, "write", requested);
    return check.result === "refused" ? check : { result: "encrypted", encryption: { kind: "sse-c", keyMd5: check.keyMd5 } };
  }
  const kmsKeyId = headers[KMS_KEY_ID];
  const algorithm = requested ?? world.bucketEncryption.algorithm;
  if (kmsKeyId !== undefined && requested !== "aws:kms") return { result: "refused", answer: { rule: "sse-kms.key-id-without-aws-kms", status: 400, code: "InvalidArgument" } };
  const bucketKeyHeader = headers[BUCKET_KEY_ENABLED];
  if (bucketKeyHeader !== undefined && (requested !== "aws:kms" || !["true", "false"].includes(bucketKeyHeader))) {
    throw new Error(`undecided: ${BUCKET_KEY_ENABLED} ${bucketKeyHeader} with ${SSE} ${requested ?? "(none)"}`);
  }
  if (algorithm === "AES256") return { result: "encrypted", encryption: { kind: "sse-s3" } };

  const bucketDefault = world.bucketEncryption.algorithm === "aws:kms" ? world.bucketEncryption : undefined;
  const bucketKey = bucketKeyHeader === undefined ? (bucketDefault?.bucketKey ?? false) : bucketKeyHeader === "true";
  const named = kmsKeyId ?? bucketDefault?.kmsKeyId;
  if (named === undefined) return { result: "encrypted", encryption: { kind: "sse-kms", keyId: AWS_MANAGED_KEY.id, keyEcho: AWS_MANAGED_KEY_ECHO, bucketKey } };
  const lookup = findKmsKey(world.kms, named);
  if (!lookup.found) return { result: "refused", answer: KMS_KEY_NOT_FOUND };
  const refusal = kmsKeyRefusal(lookup.key.state);
  if (refusal) return { result: "refused", answer: refusal };
  return { result: "encrypted", encryption: { kind: "sse-kms", keyId: lookup.key.id, keyEcho: lookup.echo, bucketKey } };
}

import type { HeaderRule } from "../expected-answer.ts";
import { BUCKET_KEY_ENABLED, CUSTOMER_ALGORITHM, customerKeyHeaderNames, KMS_KEY_ID, SSE } from "./header-names.ts";
import type { ObjectEncryption } from "./object-encryption.ts";

const CUSTOMER = customerKeyHeaderNames("object");

/**
 * The encryption headers of an answer about an object, part or upload encrypted so. SSE-S3:
 * `AES256` (put-default-sse-s3). SSE-KMS: `aws:kms`, the key id as an ARN, the bucket key only when
 * on (put-kms-key-id-echoed-as-arn, put-no-headers-bucket-default-kms-no-bucketkey). SSE-C: the
 * algorithm and key-MD5, and no `x-amz-server-side-encryption` (put-ssec-valid, get-ssec-valid).
 * Never the key itself.
 */
export function encryptionEcho(encryption: ObjectEncryption): Record<string, HeaderRule> {
  const kms = encryption.kind === "sse-kms" ? encryption : undefined;
  const customer = encryption.kind === "sse-c" ? encryption : undefined;
  return {
    [SSE]: customer ? null : kms ? "aws:kms" : "AES256",
    [KMS_KEY_ID]: kms ? kms.keyEcho : null,
    [BUCKET_KEY_ENABLED]: kms?.bucketKey ? "true" : null,
    [CUSTOMER.algorithm]: customer ? CUSTOMER_ALGORITHM : null,
    [CUSTOMER.keyMd5]: customer ? customer.keyMd5 : null,
    [CUSTOMER.key]: null,
  };
}

import type { Encryption } from "./encryption.ts";
import type { StoreFaults } from "./store-faults.ts";

/**
 * The headers an answer carries about the object's encryption: the algorithm, and the KMS key ARN
 * and bucket key (only when on) for SSE-KMS; for SSE-C the customer algorithm and key MD5 and no
 * `x-amz-server-side-encryption` (aws-observed README, F and G).
 */
export function encryptionHeaders(encryption: Encryption, faults: StoreFaults): Record<string, string> {
  switch (encryption.kind) {
    case "AES256":
      return { "x-amz-server-side-encryption": "AES256" };
    case "aws:kms":
      return {
        "x-amz-server-side-encryption": "aws:kms",
        ...(faults.kmsKeyIdEchoMissing ? {} : { "x-amz-server-side-encryption-aws-kms-key-id": encryption.keyArn }),
        ...(encryption.bucketKey ? { "x-amz-server-side-encryption-bucket-key-enabled": "true" } : {}),
      };
    case "SSE-C":
      return {
        "x-amz-server-side-encryption-customer-algorithm": "AES256",
        ...(faults.sseCustomerKeyMd5EchoMissing ? {} : { "x-amz-server-side-encryption-customer-key-MD5": encryption.keyMd5 }),
      };
  }
}

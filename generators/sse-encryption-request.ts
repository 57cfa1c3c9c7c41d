import fc from "fast-check";
import type { EncryptionRequest } from "../oracle/sse/encryption-request.ts";
import { sseCustomerKey } from "./sse-customer-key.ts";

export interface SseEncryptionRequestConstraints {
  /** KMS key ids SSE-KMS may name; none leaves SSE-KMS out. */
  kmsKeyIds?: readonly string[];
  /** Whether SSE-C may be asked for (the target takes it over this transport). Default false. */
  customerKeys?: boolean;
}

/** How a write asks to be encrypted: not at all, SSE-S3, and where allowed SSE-KMS with one of the keys and SSE-C with a new key. */
export function sseEncryptionRequest(constraints: SseEncryptionRequestConstraints = {}): fc.Arbitrary<EncryptionRequest> {
  const { kmsKeyIds = [], customerKeys = false } = constraints;
  const kinds: Array<fc.Arbitrary<EncryptionRequest>> = [fc.constant({ kind: "none" }), fc.constant({ kind: "sse-s3" })];
  if (kmsKeyIds.length > 0) kinds.push(fc.constantFrom(...kmsKeyIds).map((keyId) => ({ kind: "sse-kms", keyId })));
  if (customerKeys) kinds.push(sseCustomerKey().map((key) => ({ kind: "sse-c", key })));
  return fc.oneof(...kinds);
}

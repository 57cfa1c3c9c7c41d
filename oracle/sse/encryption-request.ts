import type { CustomerKey } from "./customer-key.ts";
import { customerKeyHeaders } from "./customer-key-request.ts";
import { KMS_KEY_ID, SSE, type KeyRole } from "./header-names.ts";

/** How a write asks for its object to be encrypted: not at all (the bucket's default), SSE-S3, SSE-KMS with a key, SSE-C with a key. */
export type EncryptionRequest = { kind: "none" } | { kind: "sse-s3" } | { kind: "sse-kms"; keyId: string } | { kind: "sse-c"; key: CustomerKey };

/** The headers a write sends to ask for it. */
export function writeEncryptionHeaders(request: EncryptionRequest): Record<string, string> {
  switch (request.kind) {
    case "none":
      return {};
    case "sse-s3":
      return { [SSE]: "AES256" };
    case "sse-kms":
      return { [SSE]: "aws:kms", [KMS_KEY_ID]: request.keyId };
    case "sse-c":
      return customerKeyHeaders(request.key);
  }
}

/** The headers a read (or, as `copy-source`, a copy) of an object so written needs: the SSE-C key, else none. */
export function readEncryptionHeaders(request: EncryptionRequest, role: KeyRole = "object"): Record<string, string> {
  return request.kind === "sse-c" ? customerKeyHeaders(request.key, role) : {};
}

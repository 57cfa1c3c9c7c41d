import { createHash, randomBytes } from "node:crypto";
import type { Encryption } from "./encryption.ts";

/**
 * The ETag of bytes written as one object or part: the quoted hex MD5 under SSE-S3; under SSE-C
 * and SSE-KMS 32 hex digits that are not the MD5 and differ between writes of the same bytes
 * (put-ssec-valid, put-kms-key-id-echoed-as-arn).
 */
export function writtenEtag(body: Buffer, encryption: Encryption): string {
  if (encryption.kind === "AES256") return `"${createHash("md5").update(body).digest("hex")}"`;
  return `"${randomBytes(16).toString("hex")}"`;
}

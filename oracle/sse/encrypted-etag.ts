import { createHash } from "node:crypto";
import type { HeaderRule } from "../expected-answer.ts";
import { singlePartEtag } from "../object-answer.ts";
import type { ObjectEncryption } from "./object-encryption.ts";

/**
 * The ETag of bytes written in one request (PutObject, UploadPart, a copy): the quoted MD5 under
 * SSE-S3 (put-default-sse-s3); under SSE-KMS or SSE-C a quoted 32-hex digest that is not the MD5
 * (put-ssec-valid, put-kms-key-id-echoed-as-arn, upload-part-ssec, copy-ssec-source-to-ssec).
 */
export function encryptedEtag(body: Buffer, encryption: ObjectEncryption): HeaderRule {
  if (encryption.kind === "sse-s3") return singlePartEtag(body);
  const md5 = createHash("md5").update(body).digest("hex");
  return new RegExp(`^"(?!${md5}")[0-9a-f]{32}"$`);
}

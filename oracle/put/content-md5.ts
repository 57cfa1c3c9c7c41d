import { createHash } from "node:crypto";
import { decodeStrictBase64 } from "../encoding.ts";

/** Whether a Content-MD5 value is well formed: base64 of exactly 16 bytes. */
export function isWellFormedContentMd5(value: string): boolean {
  return decodeStrictBase64(value)?.length === 16;
}

/** The Content-MD5 of a body: base64 of its MD5. */
export function base64Md5(body: Buffer): string {
  return createHash("md5").update(body).digest("base64");
}

import { createHash } from "node:crypto";

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The bytes of canonical padded base64 (RFC 4648 section 4), or undefined for anything else. */
export function decodeStrictBase64(text: string): Buffer | undefined {
  return BASE64.test(text) ? Buffer.from(text, "base64") : undefined;
}

/** Whether a Content-MD5 value is well formed: base64 of exactly 16 bytes. */
export function isWellFormedContentMd5(value: string): boolean {
  return decodeStrictBase64(value)?.length === 16;
}

/** The Content-MD5 of a body: base64 of its MD5. */
export function base64Md5(body: Buffer): string {
  return createHash("md5").update(body).digest("base64");
}

import { createHash } from "node:crypto";
import type { ExpectedAnswer } from "./expected-answer.ts";
import { expectedPutAnswer } from "./object-answer.ts";
import type { WriteRuleId } from "./rules/write-rules.ts";

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether a Content-MD5 value is well formed: base64 of exactly 16 bytes. */
export function isWellFormedContentMd5(value: string): boolean {
  return BASE64.test(value) && Buffer.from(value, "base64").length === 16;
}

export function base64Md5(body: Buffer): string {
  return createHash("md5").update(body).digest("base64");
}

/**
 * PutObject's answer to a body sent with Content-MD5: malformed is 400 InvalidDigest echoing the
 * value, a digest of other bytes is 400 BadDigest, the right digest stores the object.
 * `withFields` adds the error elements AWS was recorded to send (PutObject renders ExpectedDigest in hex).
 */
export function expectedPutWithContentMd5(body: Buffer, contentMd5: string, withFields = false): ExpectedAnswer {
  if (!isWellFormedContentMd5(contentMd5)) {
    const rule: WriteRuleId = "put.content-md5.invalid-digest";
    return { rule, status: 400, code: "InvalidDigest", ...(withFields ? { errorFields: { "Content-MD5": contentMd5 } } : {}) };
  }
  const calculated = base64Md5(body);
  if (calculated !== contentMd5) {
    const fields = { CalculatedDigest: calculated, ExpectedDigest: Buffer.from(contentMd5, "base64").toString("hex") };
    const rule: WriteRuleId = "put.content-md5.bad-digest";
    return { rule, status: 400, code: "BadDigest", ...(withFields ? { errorFields: fields } : {}) };
  }
  return expectedPutAnswer(body);
}

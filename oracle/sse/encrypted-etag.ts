import { createHash } from "node:crypto";
import type { ExpectedAnswer, HeaderRule } from "../expected-answer.ts";
import { singlePartEtag } from "../entity-tags.ts";
import type { ObjectEncryption } from "./sse-world.ts";

/** The rule for the ETag of bytes written under SSE-C or SSE-KMS (sse-rules.ts). */
export const NOT_MD5_ETAG_RULE = "sse.etag.not-plaintext-md5";

/**
 * A quoted 32-hex digest other than the quoted MD5 of some bytes. It prints as the same pattern
 * whatever the bytes, so a finding about it has the same signature under any seed; the digest it
 * must not be shows in nothing but its test.
 */
class DigestOtherThan extends RegExp {
  readonly #md5: string;

  constructor(md5: string) {
    super('^"[0-9a-f]{32}"$');
    this.#md5 = `"${md5}"`;
  }

  override test(value: string): boolean {
    return super.test(value) && value !== this.#md5;
  }

  override toString(): string {
    return '/^"[0-9a-f]{32}"$/ other than the MD5 of the plaintext';
  }
}

/**
 * The ETag of bytes written in one request (PutObject, UploadPart, a copy): the quoted MD5 under
 * SSE-S3 (put-default-sse-s3); under SSE-KMS or SSE-C a quoted 32-hex digest that is not the MD5
 * (put-ssec-valid, put-kms-key-id-echoed-as-arn, upload-part-ssec, copy-ssec-source-to-ssec).
 */
export function encryptedEtag(body: Buffer, encryption: ObjectEncryption): HeaderRule {
  if (encryption.kind === "sse-s3") return singlePartEtag(body);
  return new DigestOtherThan(createHash("md5").update(body).digest("hex"));
}

/**
 * The answer with `field` (`etag` or `result:ETag`) holding the ETag of `body` so encrypted: under
 * SSE-C and SSE-KMS attributed to the not-MD5 rule (a SHOULD: the documentation says an ETag may or
 * may not be an MD5); under SSE-S3 the MD5 stays the rule's that decided the answer.
 */
export function withEncryptedEtag(answer: ExpectedAnswer, field: "etag" | "result:ETag", body: Buffer, encryption: ObjectEncryption): ExpectedAnswer {
  const etag = encryptedEtag(body, encryption);
  const fieldRules = encryption.kind === "sse-s3" ? answer.fieldRules : { ...answer.fieldRules, [field]: NOT_MD5_ETAG_RULE };
  const withRules = { ...answer, ...(fieldRules ? { fieldRules } : {}) };
  if (field === "etag") return { ...withRules, headers: { ...answer.headers, etag } };
  const result = answer.result;
  if (!result) return withRules;
  return { ...withRules, result: { ...result, fields: { ...result.fields, ETag: etag } } };
}

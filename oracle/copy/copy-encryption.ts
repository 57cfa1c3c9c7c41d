import { createHash } from "node:crypto";
import type { HeaderRule } from "../expected-answer.ts";
import { singlePartEtag } from "../entity-tags.ts";
import type { CopyRuleId } from "../rules/copy-rules.ts";
import { NOT_MD5_ETAG_RULE } from "../sse/encrypted-etag.ts";
import { ECHO_RULE } from "../sse/encryption-echo.ts";
import { BUCKET_KEY_ENABLED, KMS_KEY_ID, SSE } from "../sse/header-names.ts";

/** The server-side encryption this oracle models; SSE-C and KMS key choices are another part of the specification. */
export type ServerSideEncryption = "AES256" | "aws:kms";

const MODELLED: readonly string[] = ["AES256", "aws:kms"];

/**
 * How the copy is encrypted: as the request asks, else by the bucket's default, which is SSE-S3
 * whether configured or not (README G). Never the source's: an SSE-KMS source copied without the
 * header becomes AES256 (copy-in-place-kms-source-no-params).
 */
export function copyEncryption(headers: Record<string, string>): ServerSideEncryption {
  const requested = headers["x-amz-server-side-encryption"];
  if (requested === undefined) return "AES256";
  if (!MODELLED.includes(requested)) throw new Error(`undecided: x-amz-server-side-encryption ${requested} is not modelled`);
  return requested as ServerSideEncryption;
}

/**
 * The encryption headers of an answer that wrote with it. `aws:kms` without a key id uses the
 * account's AWS-managed key, echoed as an ARN; a bucket key is never carried over from the source
 * (copy-in-place-kms-to-kms-default-key). SSE-S3 names no key (README G).
 */
export function encryptionHeaderRules(encryption: ServerSideEncryption): Record<string, HeaderRule> {
  return {
    [SSE]: encryption,
    [KMS_KEY_ID]: encryption === "aws:kms" ? /^arn:aws:kms:[^:]+:\d{12}:key\/\S+$/ : null,
    [BUCKET_KEY_ENABLED]: null,
  };
}

/** The rules of those headers: the encryption's echo rules (sse-rules.ts), the ARN form and the bucket key under SSE-KMS their own. */
export function encryptionFieldRules(encryption: ServerSideEncryption): Record<string, string> {
  if (encryption === "AES256") return { [SSE]: ECHO_RULE["sse-s3"], [KMS_KEY_ID]: ECHO_RULE["sse-s3"], [BUCKET_KEY_ENABLED]: ECHO_RULE["sse-s3"] };
  return { [SSE]: ECHO_RULE["sse-kms"], [KMS_KEY_ID]: "sse-kms.key-id-arn", [BUCKET_KEY_ENABLED]: "sse-kms.bucket-key-echo" };
}

/**
 * The ETag of an object written with these bytes: the quoted MD5 under SSE-S3, whatever the source's
 * ETag was (a multipart `-N` ETag becomes the MD5: copy-multipart-source-etag-becomes-md5). Under
 * SSE-KMS a quoted hex digest that is not the MD5 (README G).
 */
export function writtenEtag(body: Buffer, encryption: ServerSideEncryption): HeaderRule {
  if (encryption === "AES256") return singlePartEtag(body);
  const md5 = createHash("md5").update(body).digest("hex");
  return new RegExp(`^"(?!${md5}")[0-9a-f]{32}"$`);
}

/** The rule of that ETag: the copy's MD5 rule under SSE-S3; under SSE-KMS the not-MD5 rule (a SHOULD, sse-rules.ts). */
export function writtenEtagRule(encryption: ServerSideEncryption): string {
  const md5: CopyRuleId = "copy.result.etag";
  return encryption === "AES256" ? md5 : NOT_MD5_ETAG_RULE;
}

import { eachAllowed, type ExpectedAnswer, type HeaderRule } from "../expected-answer.ts";
import { BUCKET_KEY_ENABLED, CUSTOMER_ALGORITHM, customerKeyHeaderNames, KMS_KEY_ID, SSE } from "./header-names.ts";
import type { ObjectEncryption } from "./sse-world.ts";

const CUSTOMER = customerKeyHeaderNames("object");

/** Every header an encryption echo speaks of, present or absent. */
const ECHO_HEADERS: readonly string[] = [SSE, KMS_KEY_ID, BUCKET_KEY_ENABLED, CUSTOMER.algorithm, CUSTOMER.keyMd5, CUSTOMER.key];

/** The rule that says what answers about an object encrypted so echo (sse-rules.ts). */
export const ECHO_RULE: Record<ObjectEncryption["kind"], string> = { "sse-s3": "sse-s3.echo", "sse-kms": "sse-kms.echo", "sse-c": "sse-c.echo" };

/**
 * The encryption headers of an answer about an object, part or upload encrypted so. SSE-S3:
 * `AES256` (put-default-sse-s3). SSE-KMS: `aws:kms`, the key id as an ARN, the bucket key only when
 * on (put-kms-key-id-echoed-as-arn, put-no-headers-bucket-default-kms-no-bucketkey). SSE-C: the
 * algorithm and key-MD5, and no `x-amz-server-side-encryption` (put-ssec-valid, get-ssec-valid).
 * Never the key itself.
 */
export function encryptionEcho(encryption: ObjectEncryption): Record<string, HeaderRule> {
  const kms = encryption.kind === "sse-kms" ? encryption : undefined;
  const customer = encryption.kind === "sse-c" ? encryption : undefined;
  return {
    [SSE]: customer ? null : kms ? "aws:kms" : "AES256",
    [KMS_KEY_ID]: kms ? kms.keyEcho : null,
    [BUCKET_KEY_ENABLED]: kms?.bucketKey ? "true" : null,
    [CUSTOMER.algorithm]: customer ? CUSTOMER_ALGORITHM : null,
    [CUSTOMER.keyMd5]: customer ? customer.keyMd5 : null,
    [CUSTOMER.key]: null,
  };
}

/**
 * The rule of each echoed header: the encryption's echo rule, but under SSE-KMS the ARN form of the
 * key id (a SHOULD: a bare id still names the key) and the bucket key have rules of their own.
 */
export function echoFieldRules(encryption: ObjectEncryption): Record<string, string> {
  const rules: Record<string, string> = Object.fromEntries(ECHO_HEADERS.map((name) => [name, ECHO_RULE[encryption.kind]]));
  if (encryption.kind === "sse-kms") {
    rules[KMS_KEY_ID] = "sse-kms.key-id-arn";
    rules[BUCKET_KEY_ENABLED] = "sse-kms.bucket-key-echo";
  }
  return rules;
}

/**
 * The answer with the encryption echoed: every echo header the answer held (and the rule it was
 * attributed to) replaced by this encryption's, each attributed to its echo rule.
 */
export function withEncryptionEcho(answer: ExpectedAnswer, encryption: ObjectEncryption, echo = encryptionEcho(encryption), rules = echoFieldRules(encryption)): ExpectedAnswer {
  return eachAllowed(answer, (one) => {
    const headers: Record<string, HeaderRule> = {};
    for (const [name, rule] of Object.entries(one.headers ?? {})) if (!ECHO_HEADERS.includes(name)) headers[name] = rule;
    const fieldRules: Record<string, string> = {};
    for (const [field, rule] of Object.entries(one.fieldRules ?? {})) if (!ECHO_HEADERS.includes(field)) fieldRules[field] = rule;
    return { ...one, headers: { ...headers, ...echo }, fieldRules: { ...fieldRules, ...rules } };
  });
}

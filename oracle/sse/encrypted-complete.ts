import type { HeaderRule } from "../expected-answer.ts";
import { decideCompleteMultipartUpload, type CompleteDecision, type CompleteMultipartUploadRequest } from "../multipart/complete.ts";
import type { KeyHistory } from "../multipart/complete-conditions.ts";
import { findUpload } from "../multipart/uploads.ts";
import { checkCustomerKey } from "./customer-key-check.ts";
import { customerKeyRequest } from "./customer-key-request.ts";
import type { EncryptedUpload } from "./sse-world.ts";
import { echoFieldRules, encryptionEcho, withEncryptionEcho } from "./encryption-echo.ts";
import type { ObjectEncryption } from "./sse-world.ts";

const CHECKSUM_ELEMENTS = ["ChecksumCRC64NVME", "ChecksumType"];

/**
 * CompleteMultipartUpload of an encrypted upload, with the SSE headers `sseHeaders`; the parts hold
 * the ETags the store answered, and the object's ETag comes from them as for any upload
 * (complete-mpu-kms: the part's non-MD5 ETag gives the `-1` ETag). SSE-C headers are not needed
 * (complete-mpu-ssec-without-key): without them nothing about SSE-C is echoed; with the upload's key
 * the echo may be there. SSE-KMS and SSE-S3 are echoed (complete-mpu-kms). Under SSE-C and SSE-KMS the
 * result has no checksum elements (complete-mpu-ssec-without-key, complete-mpu-kms).
 */
export function decideSseComplete(
  uploads: readonly EncryptedUpload[],
  request: CompleteMultipartUploadRequest,
  sseHeaders: Record<string, string>,
  history: KeyHistory,
): CompleteDecision & { encryption?: ObjectEncryption } {
  const decision = decideCompleteMultipartUpload(uploads, request, history);
  const upload = findUpload(uploads, request.key, request.uploadId) as EncryptedUpload | undefined;
  const result = decision.answer.result;
  if (!decision.object || !upload || !result) return decision;
  const { encryption } = upload;
  const customer = customerKeyRequest(sseHeaders, "object");
  if (customer) {
    const check = checkCustomerKey(customer, "write");
    if (encryption.kind !== "sse-c" || check.result !== "key" || check.keyMd5 !== encryption.keyMd5) throw new Error("undecided: Complete with SSE-C headers other than the upload's is not recorded");
  }
  let echo = encryptionEcho(encryption);
  let echoRules = echoFieldRules(encryption);
  if (encryption.kind === "sse-c") {
    echo = Object.fromEntries(Object.entries(echo).map(([name, rule]): [string, HeaderRule] => [name, customer && typeof rule === "string" ? { absentOr: rule } : null]));
    echoRules = Object.fromEntries(Object.keys(echoRules).map((name) => [name, "sse-c.complete.key-not-needed"]));
  }
  const answer = withEncryptionEcho(decision.answer, encryption, echo, echoRules);
  if (encryption.kind === "sse-s3") return { ...decision, answer, encryption };
  const fields = { ...result.fields, ...Object.fromEntries(CHECKSUM_ELEMENTS.map((name) => [name, null])) };
  const fieldRules = { ...answer.fieldRules, ...Object.fromEntries(CHECKSUM_ELEMENTS.map((name) => [`result:${name}`, "sse.complete.no-checksum-elements"])) };
  return { ...decision, answer: { ...answer, fieldRules, result: { ...result, fields } }, encryption };
}

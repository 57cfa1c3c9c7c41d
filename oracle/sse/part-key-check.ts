import type { ExpectedAnswer } from "../expected-answer.ts";
import { checkCustomerKey } from "./customer-key-check.ts";
import { customerKeyRequest } from "./customer-key-request.ts";
import { BUCKET_KEY_ENABLED, KMS_KEY_ID, SSE } from "./header-names.ts";
import type { ObjectEncryption } from "./sse-world.ts";

/**
 * Why a part (UploadPart, UploadPartCopy) is refused for the SSE-C headers it carries as the
 * destination, or undefined. The headers' own faults first (checkCustomerKey, as a write); then
 * they must be the upload's: SSE-C headers on an upload without SSE-C, none on an SSE-C upload, or
 * another key, are each 400 InvalidRequest (upload-part-ssec-on-plain-upload,
 * upload-part-plain-on-ssec-upload, upload-part-other-key-on-ssec-upload). Parts of an SSE-KMS
 * upload need no headers (upload-part-kms); sending SSE or KMS headers on a part is not recorded.
 */
export function partKeyRefusal(upload: ObjectEncryption, headers: Record<string, string>): ExpectedAnswer | undefined {
  for (const name of [SSE, KMS_KEY_ID, BUCKET_KEY_ENABLED]) if (headers[name] !== undefined) throw new Error(`undecided: ${name} on a part is not recorded`);
  const customer = customerKeyRequest(headers, "object");
  const check = customer ? checkCustomerKey(customer, "write") : undefined;
  if (check?.result === "refused") return check.answer;
  if (upload.kind !== "sse-c") return check === undefined ? undefined : invalidRequest("sse-c.part.key-on-unencrypted-upload");
  if (check === undefined) return invalidRequest("sse-c.part.key-missing");
  return check.keyMd5 === upload.keyMd5 ? undefined : invalidRequest("sse-c.part.other-key");
}

function invalidRequest(rule: string): ExpectedAnswer {
  return { rule, status: 400, code: "InvalidRequest" };
}

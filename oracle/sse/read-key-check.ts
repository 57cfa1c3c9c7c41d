import type { ExpectedAnswer } from "../expected-answer.ts";
import { checkCustomerKey } from "./customer-key-check.ts";
import { customerKeyRequest } from "./customer-key-request.ts";
import type { KeyRole } from "./header-names.ts";
import type { KmsKeys } from "./kms-keys.ts";
import { kmsKeyRefusal } from "./kms-keys.ts";
import type { ObjectEncryption } from "./sse-world.ts";

/**
 * Why reading an object (GetObject, HeadObject, or a copy's source under `copy-source`) is refused
 * for its encryption, or undefined. The SSE-C headers' own faults first (checkCustomerKey); then an
 * SSE-C object read without them, 400 InvalidRequest (get-ssec-object-without-key,
 * copy-ssec-source-missing-source-key), or with another key, 403 AccessDenied (get-ssec-wrong-key,
 * get-ssec-version-other-key; a copy's source is inferred to answer as GetObject does); SSE-C headers for an object without SSE-C, 400 InvalidRequest
 * (documented as not applicable; not recorded); an SSE-KMS object whose key is not enabled
 * (get-kms-disabled-key, get-kms-pending-deletion-key).
 */
export function readKeyRefusal(encryption: ObjectEncryption, headers: Record<string, string>, role: KeyRole, kms: KmsKeys): ExpectedAnswer | undefined {
  const customer = customerKeyRequest(headers, role);
  const check = customer ? checkCustomerKey(customer, "read") : undefined;
  if (check?.result === "refused") return check.answer;
  if (encryption.kind === "sse-c") {
    if (check === undefined) return { rule: "sse-c.read.key-missing", status: 400, code: "InvalidRequest" };
    if (check.keyMd5 !== encryption.keyMd5) return { rule: role === "object" ? "sse-c.read.wrong-key" : "sse-c.copy-source.wrong-key", status: 403, code: "AccessDenied" };
    return undefined;
  }
  if (check !== undefined) return { rule: "sse-c.read.key-on-unencrypted-object", status: 400, code: "InvalidRequest" };
  if (encryption.kind === "sse-kms") {
    const key = kms.keys.find((candidate) => candidate.id === encryption.keyId);
    return key ? kmsKeyRefusal(key.state) : undefined;
  }
  return undefined;
}

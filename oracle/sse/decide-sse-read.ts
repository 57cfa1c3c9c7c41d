import type { ExpectedAnswer } from "../expected-answer.ts";
import { decideRead } from "../read-answer.ts";
import type { ReadRequest } from "../read-request.ts";
import type { EncryptedObject } from "./encrypted-object.ts";
import { withEncryptionEcho } from "./encryption-echo.ts";
import { SSE } from "./header-names.ts";
import type { KmsKeys } from "./kms-keys.ts";
import { readKeyRefusal } from "./read-key-check.ts";

/**
 * A GetObject or HeadObject of an existing object (the version the request names) with SSE headers
 * `sseHeaders`: first the encryption (readKeyRefusal; HEAD answers without a body,
 * head-ssec-wrong-algorithm, head-ssec-key-44-bytes), then the read oracle, whose served answers
 * echo the object's encryption (get-ssec-valid, head-ssec-valid, get-kms-object). No recording
 * combines a key fault with a precondition or a range.
 */
export function decideSseRead(object: EncryptedObject, request: ReadRequest, sseHeaders: Record<string, string>, now: number, kms: KmsKeys): ExpectedAnswer {
  if (sseHeaders[SSE] !== undefined) throw new Error(`undecided: ${SSE} on a read is not recorded`);
  const refusal = readKeyRefusal(object.encryption, sseHeaders, "object", kms);
  if (refusal) return request.method === "HEAD" ? { rule: refusal.rule, status: refusal.status, body: Buffer.alloc(0) } : refusal;
  const answer = decideRead(object, request, now);
  const statuses = Array.isArray(answer.status) ? answer.status : [answer.status];
  if (!statuses.every((status) => status >= 200 && status < 300)) return answer;
  return withEncryptionEcho(answer, object.encryption);
}

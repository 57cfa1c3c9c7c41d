import { readCustomerKey } from "./customer-key.ts";
import type { Encryption } from "./encryption.ts";
import { errorReply, isRefusal, type Refusal } from "./replies.ts";
import type { StoreFaults } from "./store-faults.ts";

/**
 * Whether a read (GET, HEAD, or a copy's source with the `x-amz-copy-source-` prefix) may see an
 * object so encrypted; undefined when it may, else the refusal. An SSE-C object needs its key:
 * without one 400 InvalidRequest, with another 403 AccessDenied, also for a key of the wrong length
 * (get-ssec-object-without-key, get-ssec-wrong-key, get-ssec-key-44-bytes). SSE-C headers for an
 * object that is not SSE-C are refused as 400 InvalidRequest (unrecorded; ceph expects 400).
 */
export function refusedRead(encryption: Encryption, headers: Record<string, string>, prefix: string, faults: StoreFaults): Refusal | undefined {
  const key = readCustomerKey(headers, prefix, faults);
  if (isRefusal(key)) return key;
  if (encryption.kind !== "SSE-C") return key === undefined ? undefined : errorReply(400, "InvalidRequest");
  if (key === undefined) return faults.sseCustomerKeyNotRequired ? undefined : errorReply(400, "InvalidRequest");
  if (key.keyMd5 !== encryption.keyMd5 && !faults.sseCustomerWrongKeyAccepted) return errorReply(403, "AccessDenied");
  return undefined;
}

import { CUSTOMER_KEY_PREFIX, readCustomerKey } from "./customer-key.ts";
import type { MultipartUpload } from "./multipart-upload.ts";
import { errorReply, isRefusal, type Refusal } from "./replies.ts";
import type { StoreFaults } from "./store-faults.ts";

/**
 * Whether a part's SSE-C headers fit its upload: an SSE-C upload needs the same key on every part,
 * any other upload none; either mismatch is 400 InvalidRequest (upload-part-plain-on-ssec-upload,
 * upload-part-other-key-on-ssec-upload, upload-part-ssec-on-plain-upload). Undefined when they fit.
 */
export function refusedPartEncryption(upload: MultipartUpload, headers: Record<string, string>, faults: StoreFaults): Refusal | undefined {
  const key = readCustomerKey(headers, CUSTOMER_KEY_PREFIX, faults);
  if (isRefusal(key)) return key;
  const expected = upload.encryption.kind === "SSE-C" ? upload.encryption.keyMd5 : undefined;
  if (key?.keyMd5 !== expected) return errorReply(400, "InvalidRequest");
  return undefined;
}

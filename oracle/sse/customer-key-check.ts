import type { ExpectedAnswer } from "../expected-answer.ts";
import { keyMd5Of } from "./customer-key.ts";
import type { CustomerKeyRequest } from "./customer-key-request.ts";
import { CUSTOMER_ALGORITHM, SSE } from "./header-names.ts";
import { decodeStrictBase64 } from "../encoding.ts";

/** A write stores with the key, so its length is checked; a read only compares the key with the stored one. */
export type KeyUse = "write" | "read";

export type CustomerKeyCheck = { result: "refused"; answer: ExpectedAnswer } | { result: "key"; keyMd5: string };

const KEY_LENGTH = 32;

/**
 * Checks the SSE-C headers of one role. Order: together with `x-amz-server-side-encryption` (a
 * write's own headers only) 400 InvalidArgument naming that header and its value, before the
 * algorithm is looked at (put-ssec-plus-sse-header); no algorithm, 400 InvalidArgument
 * (put-ssec-missing-algorithm); another algorithm, 400 InvalidEncryptionAlgorithmError with the
 * value (put-ssec-wrong-algorithm, get-ssec-wrong-algorithm, copy-ssec-*-wrong-algorithm); no key,
 * 400 InvalidArgument (put-ssec-missing-key); then the key-MD5 and the key itself. No recording
 * combines two faults; this order is the headers' own.
 */
export function checkCustomerKey(request: CustomerKeyRequest, use: KeyUse, sseHeader?: string): CustomerKeyCheck {
  if (sseHeader !== undefined) {
    return refused({ rule: "sse-c.headers.with-sse-header", status: 400, code: "InvalidArgument", errorFields: { ArgumentName: SSE, ArgumentValue: sseHeader } });
  }
  if (request.algorithm === undefined) return refused(invalidArgument("sse-c.headers.missing-algorithm"));
  if (request.algorithm !== CUSTOMER_ALGORITHM) {
    return refused({ rule: "sse-c.headers.other-algorithm", status: 400, code: "InvalidEncryptionAlgorithmError", errorFields: { ArgumentName: SSE, ArgumentValue: request.algorithm } });
  }
  if (request.key === undefined) return refused(invalidArgument("sse-c.headers.missing-key"));
  // An empty key reads as missing (400) or as a 0-byte key, which a read refuses as a wrong key (403); nothing recorded tells which.
  if (request.key === "" && use === "read") return refused({ rule: "sse-c.read.empty-key", status: [400, 403] });
  // The documentation requires the key-MD5 header; no recording lacks it (README, artefact 2), so only the code is asked.
  if (request.keyMd5 === undefined) return refused({ rule: "sse-c.headers.missing-key-md5", status: 400, code: "InvalidArgument" });
  const raw = decodeStrictBase64(request.key);
  // Not base64 at all: the key cannot be read, let alone match its MD5 (not recorded; the code is that of every key fault).
  if (raw === undefined) return refused({ rule: "sse-c.headers.malformed-key", status: 400, code: "InvalidArgument" });
  const keyMd5 = keyMd5Of(raw);
  if (request.keyMd5 !== keyMd5) return refused(invalidArgument("sse-c.headers.key-md5-mismatch")); // put-ssec-key-md5-mismatch
  // A write refuses a key of another length (put-ssec-key-10-bytes, put-ssec-key-44-bytes); a read
  // finds it is not the object's key: 403 (get-ssec-key-44-bytes).
  if (use === "write" && raw.length !== KEY_LENGTH) return refused(invalidArgument("sse-c.write.key-length"));
  return { result: "key", keyMd5 };
}

function invalidArgument(rule: string): ExpectedAnswer {
  return { rule, status: 400, code: "InvalidArgument", errorFields: { ArgumentName: SSE } };
}

function refused(answer: ExpectedAnswer): CustomerKeyCheck {
  return { result: "refused", answer };
}

import { createHash } from "node:crypto";
import { errorReply, type Refusal } from "./replies.ts";
import type { StoreFaults } from "./store-faults.ts";

/** The SSE-C headers of a write or read, or their `x-amz-copy-source-` twins for a copy's source. */
export const CUSTOMER_KEY_PREFIX = "x-amz-server-side-encryption-customer-";
export const COPY_SOURCE_CUSTOMER_KEY_PREFIX = "x-amz-copy-source-server-side-encryption-customer-";

/** A customer key as the store knows it: the base64 MD5 of its bytes, and its length. */
export interface CustomerKey {
  keyMd5: string;
  length: number;
}

/** Every SSE-C refusal names this argument, whichever header was wrong (aws-observed README, F). */
const ARGUMENT = { ArgumentName: "x-amz-server-side-encryption" };

/**
 * The customer key the headers with this prefix give, undefined when none is sent, or the 400 that
 * refuses them: another algorithm than AES256 is InvalidEncryptionAlgorithmError; a missing
 * algorithm, key or key-MD5, or a key-MD5 that is not the key's, is InvalidArgument
 * (put-ssec-wrong-algorithm, put-ssec-missing-*, put-ssec-key-md5-mismatch). The key's length is
 * judged by the caller: a write refuses it, a read just does not find it the object's key.
 */
export function readCustomerKey(headers: Record<string, string>, prefix: string, faults: StoreFaults): CustomerKey | undefined | Refusal {
  const algorithm = headers[`${prefix}algorithm`];
  const key = headers[`${prefix}key`];
  const keyMd5 = headers[`${prefix}key-md5`];
  if (algorithm === undefined && key === undefined && keyMd5 === undefined) return undefined;
  if (algorithm === undefined) return errorReply(400, "InvalidArgument", ARGUMENT);
  if (algorithm !== "AES256") return errorReply(400, "InvalidEncryptionAlgorithmError", { ...ARGUMENT, ArgumentValue: algorithm });
  if (key === undefined || keyMd5 === undefined) return errorReply(400, "InvalidArgument", ARGUMENT);
  const bytes = Buffer.from(key, "base64");
  const actualMd5 = createHash("md5").update(bytes).digest("base64");
  if (actualMd5 !== keyMd5 && !faults.sseCustomerKeyMd5Unchecked) return errorReply(400, "InvalidArgument", ARGUMENT);
  return { keyMd5: actualMd5, length: bytes.length };
}

/** A key a write may use: 256 bits (put-ssec-key-10-bytes, put-ssec-key-44-bytes). */
export function unusableForWriting(key: CustomerKey): Refusal | undefined {
  return key.length === 32 ? undefined : errorReply(400, "InvalidArgument", ARGUMENT);
}

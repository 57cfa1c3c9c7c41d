import fc from "fast-check";
import { CustomerKey } from "../oracle/sse/customer-key.ts";

/**
 * Key lengths AES256 refuses: none, AES-128's 16 bytes, one byte short or over, and 44 bytes (a
 * base64 key sent as if it were the raw bytes: put-ssec-key-44-bytes).
 */
export const WRONG_KEY_LENGTHS = [0, 16, 31, 33, 44] as const;

/** An SSE-C key of a wrong length, with the key-MD5 of exactly those bytes (so only the length is wrong). */
export function sseWrongLengthKey(): fc.Arbitrary<CustomerKey> {
  return fc
    .tuple(fc.constantFrom(...WRONG_KEY_LENGTHS), fc.uint8Array({ minLength: 44, maxLength: 44 }))
    .map(([length, bytes]) => new CustomerKey(Buffer.from(bytes.subarray(0, length))));
}

import fc from "fast-check";
import { CustomerKey } from "../oracle/sse/customer-key.ts";

/** A valid SSE-C key: 256 random bits, with its base64 and key-MD5; printed by its key-MD5 only. */
export function sseCustomerKey(): fc.Arbitrary<CustomerKey> {
  return fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => new CustomerKey(Buffer.from(bytes)));
}

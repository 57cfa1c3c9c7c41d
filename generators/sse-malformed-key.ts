import fc from "fast-check";
import { CustomerKey } from "../oracle/sse/customer-key.ts";

/** A key header that is not base64: the base64 of `intended` with one character replaced. */
export interface MalformedKey {
  text: string;
  /** The key the text was made from; its key-MD5 is what a client would send with it. */
  intended: CustomerKey;
}

/** Characters outside both base64 alphabets (standard and URL-safe), none of them white space. */
const NOT_BASE64 = ["*", "!", ".", "%", "#", "~", "&", "@", "$", "^"] as const;

/**
 * The base64 of a 256-bit key with one of its 43 data characters replaced by a character no base64
 * alphabet has. Padding is left alone: a store may accept unpadded base64, which would decode to the
 * same key.
 */
export function sseMalformedKey(): fc.Arbitrary<MalformedKey> {
  return fc
    .tuple(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.integer({ min: 0, max: 42 }), fc.constantFrom(...NOT_BASE64))
    .map(([bytes, at, character]) => {
      const intended = new CustomerKey(Buffer.from(bytes));
      return { text: `${intended.base64.slice(0, at)}${character}${intended.base64.slice(at + 1)}`, intended };
    });
}

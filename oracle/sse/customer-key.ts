import { createHash } from "node:crypto";
import { inspect } from "node:util";

/** fast-check's `toStringMethod` (fc.toStringMethod), without importing fast-check into the oracle. */
const FAST_CHECK_TO_STRING = Symbol.for("fast-check/toStringMethod");

/** The key-MD5 header's value for these key bytes: base64 of their MD5. S3 tells keys apart by it. */
export function keyMd5Of(raw: Buffer): string {
  return createHash("md5").update(raw).digest("base64");
}

/**
 * An SSE-C key as a client holds it: the raw bytes, their base64 (the key header) and the key-MD5.
 * It prints (JSON, counterexamples, console) as its length and key-MD5, never as its bytes.
 */
export class CustomerKey {
  readonly raw: Buffer;
  readonly base64: string;
  readonly keyMd5: string;

  constructor(raw: Buffer) {
    this.raw = raw;
    this.base64 = raw.toString("base64");
    this.keyMd5 = keyMd5Of(raw);
  }

  toString(): string {
    return `CustomerKey(${this.raw.length} bytes, key-MD5 ${this.keyMd5})`;
  }

  toJSON(): string {
    return this.toString();
  }

  [FAST_CHECK_TO_STRING](): string {
    return this.toString();
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

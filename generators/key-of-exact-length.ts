import fc from "fast-check";
import { keyCharacter } from "./key-character.ts";

/**
 * A key of exactly `bytes` UTF-8 bytes, mixing one-byte and multi-byte characters, with a slash at
 * least every `segmentBytes` bytes (a segment longer than a file name is a separate behaviour).
 */
export function keyOfExactLength(bytes: number, segmentBytes = 200): fc.Arbitrary<string> {
  // Shrinking a thousand characters one by one costs a request each and teaches nothing.
  return fc.noShrink(fc.array(keyCharacter(), { minLength: bytes, maxLength: bytes })).map((characters) => {
    let key = "";
    let segment = 0;
    for (const char of characters) {
      const size = Buffer.byteLength(char);
      if (segment + size > segmentBytes) {
        key += "/";
        segment = 0;
      }
      key += char;
      segment += size;
      if (Buffer.byteLength(key) >= bytes) break;
    }
    return padToBytes(key, bytes);
  });
}

/** Trims or pads with `a` until the key is exactly `bytes` bytes long. */
function padToBytes(key: string, bytes: number): string {
  let out = "";
  for (const char of key) {
    if (Buffer.byteLength(out + char) > bytes) break;
    out += char;
  }
  return out + "a".repeat(bytes - Buffer.byteLength(out));
}

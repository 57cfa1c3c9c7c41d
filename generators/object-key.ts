import fc from "fast-check";
import { keyCharacter } from "./key-character.ts";

export interface ObjectKeyConstraints {
  /** Longest key in UTF-8 bytes (S3's limit is 1024). Default 1024. */
  maxBytes?: number;
  /** Longest run of characters between slashes, in UTF-8 bytes. Default 200. */
  maxSegmentBytes?: number;
  /** Whether keys may contain `/`, empty segments (`a//b`) and `.`/`..` segments. Default true. */
  withSlashes?: boolean;
}

/**
 * A valid S3 object key: non-empty, at most `maxBytes` of UTF-8, with unicode, spaces, URL-special
 * characters and (optionally) slashes, `//`, `.` and `..` segments, which a store must keep as data.
 */
export function objectKey(constraints: ObjectKeyConstraints = {}): fc.Arbitrary<string> {
  const { maxBytes = 1024, maxSegmentBytes = 200, withSlashes = true } = constraints;
  const text = fc
    .string({ unit: keyCharacter(), minLength: 1, maxLength: 40 })
    .map((segment) => truncateUtf8(segment, maxSegmentBytes));
  const segment = withSlashes
    ? fc.oneof({ weight: 6, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom(".", "..", "") })
    : text;
  return fc
    .array(segment, { minLength: 1, maxLength: withSlashes ? 6 : 1 })
    .map((segments) => truncateUtf8(segments.join("/"), maxBytes))
    .filter((key) => key.length > 0);
}

/** Cuts a string to at most `maxBytes` of UTF-8 without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  let out = "";
  for (const char of text) {
    if (Buffer.byteLength(out + char) > maxBytes) break;
    out += char;
  }
  return out;
}

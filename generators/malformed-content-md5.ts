import fc from "fast-check";

/**
 * Content-MD5 values that are not base64 of exactly 16 bytes: text that is not base64, base64 of
 * shorter or longer digests, and a hex digest.
 */
export function malformedContentMd5(): fc.Arbitrary<string> {
  const wrongLength = fc
    .integer({ min: 1, max: 40 })
    .filter((length) => length !== 16)
    .chain((length) => fc.uint8Array({ minLength: length, maxLength: length }))
    .map((bytes) => Buffer.from(bytes).toString("base64"));
  const hexDigest = fc.uint8Array({ minLength: 16, maxLength: 16 }).map((bytes) => Buffer.from(bytes).toString("hex"));
  const notBase64 = fc.constantFrom("__invalid__", "000", "not base64 encoded checksum", "!!!!!!!!!!!!!!!!!!!!!!!!", "*");
  return fc.oneof(wrongLength, hexDigest, notBase64);
}

import fc from "fast-check";

/** An entity tag that is not `etag` (without quotes): another MD5, a multipart-style tag or a token. */
export function otherEtag(etag: string): fc.Arbitrary<string> {
  const bare = etag.replace(/"/g, "");
  const hex = fc.uint8Array({ minLength: 16, maxLength: 16 }).map((bytes) => Buffer.from(bytes).toString("hex"));
  const multipart = fc.tuple(hex, fc.integer({ min: 1, max: 10000 })).map(([digest, parts]) => `${digest}-${parts}`);
  const token = fc.constantFrom("etag123", "not good etag", "0", "abc");
  // The one way to be equal to `etag` by chance is the same digest: replace it rather than filter.
  return fc.oneof(hex, multipart, token).map((tag) => (tag === bare ? `${tag}0` : tag));
}

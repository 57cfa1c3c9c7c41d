import fc from "fast-check";
import { objectKey } from "./objectKey.ts";

/**
 * A source key that tests the URL-encoding of `x-amz-copy-source`: characters with a meaning in URLs
 * (`%`, `+`, `?`, `#`, `&`, `=`, spaces), non-ASCII text and slashes, alone or mixed into generated keys.
 */
export function copySourceKey(): fc.Arbitrary<string> {
  const tricky = fc.constantFrom("100%", "a+b", "q?x=1&y=2", "frag#1", "sp ace", "ü/ß/日本", "%2F-literal", "plus+and%20", "dir/sub/file.txt");
  return fc.oneof(tricky, objectKey({ withSlashes: false, maxBytes: 200 }), fc.tuple(tricky, objectKey({ withSlashes: false, maxBytes: 60 })).map(([a, b]) => `${a}/${b}`));
}

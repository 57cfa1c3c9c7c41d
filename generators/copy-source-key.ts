import fc from "fast-check";
import { objectKey } from "./object-key.ts";

/** The keys whose `x-amz-copy-source` a store most often decodes wrongly: each a fixed example of the copy cases. */
export const DIFFICULT_COPY_SOURCE_KEYS = ["100%", "a+b", "q?x=1&y=2", "frag#1", "sp ace", "ü/ß/日本", "%2F-literal", "plus+and%20", "dir/sub/file.txt"] as const;

/**
 * A source key that tests the URL-encoding of `x-amz-copy-source`: characters with a meaning in URLs
 * (`%`, `+`, `?`, `#`, `&`, `=`, spaces), non-ASCII text and slashes, alone or mixed into generated keys.
 */
export function copySourceKey(): fc.Arbitrary<string> {
  const tricky = fc.constantFrom(...DIFFICULT_COPY_SOURCE_KEYS);
  return fc.oneof(tricky, objectKey({ withSlashes: false, maxBytes: 200 }), fc.tuple(tricky, objectKey({ withSlashes: false, maxBytes: 60 })).map(([a, b]) => `${a}/${b}`));
}

import fc from "fast-check";
import { otherEtag } from "./other-etag.ts";

/**
 * An If-None-Match value that holds for an object with this ETag (no member matches: other tags,
 * quoted or not, weak or lists) or does not (`*`, the tag quoted, unquoted or weak: If-None-Match
 * compares weakly, or a list holding it).
 */
export function ifNoneMatchValue(etag: string, holds: boolean): fc.Arbitrary<string> {
  const bare = etag.replace(/"/g, "");
  const other = otherEtag(etag);
  if (holds) {
    return fc.oneof(
      other.map((tag) => `"${tag}"`),
      other,
      other.map((tag) => `W/"${tag}"`),
      fc.array(other, { minLength: 2, maxLength: 4 }).map((others) => others.map((tag) => `"${tag}"`).join(", ")),
    );
  }
  return fc.oneof(
    fc.constant(`"${bare}"`),
    fc.constant(bare),
    fc.constant(`W/"${bare}"`),
    fc.constant("*"),
    fc.array(other, { minLength: 1, maxLength: 3 }).map((others) => [...others.map((tag) => `"${tag}"`), `"${bare}"`].join(", ")),
  );
}

import fc from "fast-check";
import { otherEtag } from "./other-etag.ts";

/**
 * An If-Match value that holds for an object with this ETag (`*`, the tag quoted or not, a list
 * holding it) or does not (other tags, lists of them, the tag marked weak: If-Match compares strongly).
 */
export function ifMatchValue(etag: string, holds: boolean): fc.Arbitrary<string> {
  const bare = etag.replace(/"/g, "");
  const other = otherEtag(etag);
  if (holds) {
    return fc.oneof(
      fc.constant(`"${bare}"`),
      fc.constant(bare),
      fc.constant("*"),
      fc.tuple(fc.array(other, { minLength: 1, maxLength: 3 }), fc.nat()).map(([others, at]) => listWith(others.map(quote), quote(bare), at)),
    );
  }
  return fc.oneof(
    other.map(quote),
    other,
    fc.constant(`W/"${bare}"`),
    fc.array(other, { minLength: 2, maxLength: 4 }).map((others) => others.map(quote).join(", ")),
  );
}

function quote(tag: string): string {
  return `"${tag}"`;
}

function listWith(others: string[], tag: string, at: number): string {
  const members = [...others];
  members.splice(at % (others.length + 1), 0, tag);
  return members.join(", ");
}

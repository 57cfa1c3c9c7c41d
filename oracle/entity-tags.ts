/** One member of an If-Match / If-None-Match list. */
export interface EntityTag {
  weak: boolean;
  /** The tag without quotes or `W/`. */
  opaque: string;
}

/** `*`, or the listed tags. S3 takes tags with or without their quotes (aws-observed get-im-unquoted-match). */
export type EntityTagCondition = { any: true } | { any: false; tags: EntityTag[] };

export function parseEntityTagCondition(value: string): EntityTagCondition {
  if (value.trim() === "*") return { any: true };
  const tags = value
    .split(",")
    .map((member) => member.trim())
    .filter((member) => member !== "")
    .map((member) => {
      const weak = member.startsWith("W/");
      const tag = weak ? member.slice(2) : member;
      return { weak, opaque: unquote(tag) };
    });
  return { any: false, tags };
}

/** The stored ETag without quotes. */
export function opaqueEtag(etag: string): string {
  return unquote(etag);
}

/** If-Match: strong comparison, so a weak tag never matches (RFC 9110 13.1.1). `*` matches any object. */
export function ifMatchHolds(value: string, etag: string): boolean {
  const condition = parseEntityTagCondition(value);
  if (condition.any) return true;
  return condition.tags.some((tag) => !tag.weak && tag.opaque === opaqueEtag(etag));
}

/** If-None-Match: weak comparison (RFC 9110 13.1.2); holds when nothing matches. `*` matches any object. */
export function ifNoneMatchHolds(value: string, etag: string): boolean {
  const condition = parseEntityTagCondition(value);
  if (condition.any) return false;
  return !condition.tags.some((tag) => tag.opaque === opaqueEtag(etag));
}

function unquote(tag: string): string {
  return tag.length >= 2 && tag.startsWith('"') && tag.endsWith('"') ? tag.slice(1, -1) : tag;
}

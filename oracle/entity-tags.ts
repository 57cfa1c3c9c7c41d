import { createHash } from "node:crypto";

/** ETag of bytes written in one request without SSE-C or SSE-KMS: the quoted hex MD5 of the body. */
export function singlePartEtag(body: Buffer): string {
  return `"${createHash("md5").update(body).digest("hex")}"`;
}

/**
 * ETag of a completed multipart upload, from the ETags of the parts in the order listed (each the
 * part's hex MD5, quoted or not): the quoted hex MD5 of the concatenated binary MD5s, then `-` and the
 * number of parts listed, not the highest part number (aws-observed README, I; complete-three-parts-etag,
 * complete-gapped-part-numbers; a 1-part upload is `-1`, complete-one-part-response). Holds for parts
 * whose ETag is their MD5 (no SSE-C or SSE-KMS); for part bytes, pass `parts.map(singlePartEtag)`.
 */
export function multipartEtag(partEtags: readonly string[]): string {
  if (partEtags.length === 0) throw new Error("a multipart ETag needs at least one part");
  const digests = partEtags.map((etag) => {
    const hex = opaqueEtag(etag);
    if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`${etag} is not a hex MD5`);
    return Buffer.from(hex, "hex");
  });
  return `"${createHash("md5").update(Buffer.concat(digests)).digest("hex")}-${partEtags.length}"`;
}

/** One member of an If-Match / If-None-Match list. */
export interface EntityTag {
  weak: boolean;
  /** Whether the tag was written without its quotes (S3 takes it so). */
  unquoted: boolean;
  /** The tag without quotes or `W/`. */
  opaque: string;
}

/** `*`, or the listed tags. S3 takes tags with or without their quotes (aws-observed get-im-unquoted-match). */
export type EntityTagCondition = { any: true } | { any: false; tags: EntityTag[] };

function parseEntityTagCondition(value: string): EntityTagCondition {
  if (value.trim() === "*") return { any: true };
  const tags = value
    .split(",")
    .map((member) => member.trim())
    .filter((member) => member !== "")
    .map((member) => {
      const weak = member.startsWith("W/");
      const tag = weak ? member.slice(2) : member;
      const opaque = unquote(tag);
      return { weak, unquoted: opaque === tag, opaque };
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

/**
 * How a condition's value met the ETag: not at all, or by which reading. `weak` is a tag that names
 * the ETag but is marked weak; `list` is a match among several members; `unquoted` a lone tag
 * without quotes; `any` is `*`; `exact` a lone quoted tag.
 */
export type TagMatch = "none" | "exact" | "unquoted" | "weak" | "list" | "any";

/** If-Match's reading: it holds on a strong match (`exact`, `unquoted`, `list`, `any`); `weak` and `none` fail it. */
export function ifMatchReading(value: string, etag: string): TagMatch {
  const condition = parseEntityTagCondition(value);
  if (condition.any) return "any";
  const naming = condition.tags.filter((tag) => tag.opaque === opaqueEtag(etag));
  const strong = naming.filter((tag) => !tag.weak);
  if (strong.length === 0) return naming.length > 0 ? "weak" : "none";
  return lone(condition.tags, strong[0]);
}

/** If-None-Match's reading: it fails (304) on a weak match (`exact`, `unquoted`, `weak`, `list`, `any`); it holds on `none`. */
export function ifNoneMatchReading(value: string, etag: string): TagMatch {
  const condition = parseEntityTagCondition(value);
  if (condition.any) return "any";
  const naming = condition.tags.find((tag) => tag.opaque === opaqueEtag(etag));
  if (!naming) return "none";
  if (condition.tags.length === 1 && naming.weak) return "weak";
  return lone(condition.tags, naming);
}

function lone(tags: readonly EntityTag[], match: EntityTag | undefined): TagMatch {
  if (tags.length > 1) return "list";
  return match?.unquoted ? "unquoted" : "exact";
}

function unquote(tag: string): string {
  return tag.length >= 2 && tag.startsWith('"') && tag.endsWith('"') ? tag.slice(1, -1) : tag;
}

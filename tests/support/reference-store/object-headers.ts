import { errorReply, type Refusal } from "./replies.ts";

/** The request headers PutObject keeps and GetObject/HeadObject give back, by lower-case name. */
const KEPT_HEADERS = ["content-type", "cache-control", "content-disposition", "content-encoding", "content-language", "expires"];
export const REDIRECT_HEADER = "x-amz-website-redirect-location";
const META_PREFIX = "x-amz-meta-";
/** User metadata, names and values in UTF-8 bytes, may not exceed 2 KB (S3 user guide, object metadata). */
const METADATA_LIMIT = 2048;

/** The Content-* headers and Expires a request sends, as sent; aws-chunked is framing, not a coding. */
export function contentHeaders(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = headers[name];
    if (value !== undefined) kept[name] = value;
  }
  const codings = kept["content-encoding"]?.split(",").map((coding) => coding.trim()).filter((coding) => coding !== "aws-chunked");
  if (codings !== undefined) {
    if (codings.length === 0) delete kept["content-encoding"];
    else kept["content-encoding"] = codings.join(", ");
  }
  return kept;
}

/** The `x-amz-meta-*` a request sends, by name without the prefix, or 400 MetadataTooLarge. */
export function userMetadata(headers: Record<string, string>): Record<string, string> | Refusal {
  const metadata: Record<string, string> = {};
  let size = 0;
  for (const [name, value] of Object.entries(headers)) {
    if (!name.startsWith(META_PREFIX)) continue;
    const short = name.slice(META_PREFIX.length);
    metadata[short] = value;
    size += Buffer.byteLength(short) + Buffer.byteLength(value);
  }
  if (size > METADATA_LIMIT) return errorReply(400, "MetadataTooLarge", { Size: String(size), MaxSizeAllowed: String(METADATA_LIMIT) });
  return metadata;
}

/** The website redirect a request sets, if any: a path from `/` or an http(s) URL, else 400 InvalidRedirectLocation. */
export function redirectHeader(headers: Record<string, string>): Record<string, string> | Refusal {
  const location = headers[REDIRECT_HEADER];
  if (location === undefined) return {};
  if (!/^(\/|https?:\/\/)/.test(location)) return errorReply(400, "InvalidRedirectLocation");
  return { [REDIRECT_HEADER]: location };
}

/** The `x-amz-meta-*` headers of stored metadata. */
export function metadataHeaders(metadata: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(metadata).map(([name, value]) => [`${META_PREFIX}${name}`, value]));
}

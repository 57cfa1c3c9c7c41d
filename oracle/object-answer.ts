import { createHash } from "node:crypto";
import { IMF_FIXDATE, type ExpectedAnswer, type HeaderRule } from "./expected-answer.ts";
import { DEFAULT_CONTENT_TYPE, STORED_HEADER_NAMES, type ObjectState } from "./stored-object.ts";

/** ETag of a single-part upload without SSE-C or SSE-KMS: the quoted hex MD5 of the body. */
export function singlePartEtag(body: Buffer): string {
  return `"${createHash("md5").update(body).digest("hex")}"`;
}

/** ETag of a completed multipart upload of these parts: MD5 of the parts' binary MD5s, then `-` and the count (aws-observed README, I). */
export function multipartEtag(parts: readonly Buffer[]): string {
  const digests = parts.map((part) => createHash("md5").update(part).digest());
  return `"${createHash("md5").update(Buffer.concat(digests)).digest("hex")}-${parts.length}"`;
}

/** PutObject's answer for a plain write: 200, the ETag, no body. */
export function expectedPutAnswer(body: Buffer): ExpectedAnswer {
  return { status: 200, headers: { etag: singlePartEtag(body) }, body: Buffer.alloc(0) };
}

/**
 * GetObject's answer for a stored object: the body, its length and ETag, Accept-Ranges, an HTTP-date
 * Last-Modified, every stored header and every `x-amz-meta-*` as written, and no stored header that
 * was not written (S3 invents none but Content-Type).
 */
export function expectedGetAnswer(object: ObjectState): ExpectedAnswer {
  return { status: 200, headers: { ...objectHeaderRules(object), etag: singlePartEtag(object.body) }, body: object.body };
}

/** The headers every read of the whole object carries, but the ETag (whose source the caller knows). */
export function objectHeaderRules(object: ObjectState): Record<string, HeaderRule> {
  const headers: Record<string, HeaderRule> = {
    "content-length": String(object.body.length),
    "accept-ranges": "bytes",
    "last-modified": IMF_FIXDATE,
  };
  for (const name of STORED_HEADER_NAMES) headers[name] = object.headers[name] ?? null;
  headers["content-type"] = object.headers["content-type"] ?? DEFAULT_CONTENT_TYPE;
  for (const [name, value] of Object.entries(object.metadata)) headers[`x-amz-meta-${name}`] = value;
  return headers;
}

/** HeadObject answers GetObject's headers without a body. */
export function expectedHeadAnswer(object: ObjectState): ExpectedAnswer {
  return { ...expectedGetAnswer(object), body: Buffer.alloc(0) };
}

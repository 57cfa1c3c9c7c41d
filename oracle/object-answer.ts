import { createHash } from "node:crypto";
import { IMF_FIXDATE, type ExpectedAnswer, type HeaderRule } from "./expected-answer.ts";
import type { ReadRuleId } from "./rules/read-rules.ts";
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
  return { rule: "put.success", status: 200, headers: { etag: singlePartEtag(body) }, body: Buffer.alloc(0) };
}

/** The status of a PutObject that stores an object, whatever its ETag: for set-up writes, whose answer is not what the case checks. */
export function expectedPutStored(): ExpectedAnswer {
  return { rule: "put.success", status: 200 };
}

/**
 * GetObject's answer for a stored object: the body, its length and ETag, Accept-Ranges, an HTTP-date
 * Last-Modified, every stored header and every `x-amz-meta-*` as written, and no stored header that
 * was not written (S3 invents none but Content-Type).
 */
export function expectedGetAnswer(object: ObjectState): ExpectedAnswer {
  const rule: ReadRuleId = "read.object.whole";
  return {
    rule,
    fieldRules: fieldRulesBesides(rule, objectFieldRules(object)),
    status: 200,
    headers: { ...objectHeaderRules(object), etag: singlePartEtag(object.body) },
    body: object.body,
  };
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

/** The rule deciding each header of objectHeaderRules, and the ETag's; Content-Length is the whole object's. */
export function objectFieldRules(object: ObjectState): Record<string, ReadRuleId> {
  const rules: Record<string, ReadRuleId> = {
    "content-length": "read.object.whole",
    "accept-ranges": "read.object.accept-ranges",
    "last-modified": "read.object.last-modified",
    etag: "read.object.etag",
  };
  for (const name of STORED_HEADER_NAMES) rules[name] = "read.object.stored-headers";
  if (object.headers["content-type"] === undefined) rules["content-type"] = "read.object.default-content-type";
  if (object.headers["x-amz-website-redirect-location"] !== undefined) rules["x-amz-website-redirect-location"] = "read.object.website-redirect-location";
  for (const name of Object.keys(object.metadata)) rules[`x-amz-meta-${name}`] = "read.object.user-metadata";
  return rules;
}

/** The field rules that differ from the answer's own rule (the others go without saying). */
export function fieldRulesBesides(rule: string, fieldRules: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldRules).filter(([, fieldRule]) => fieldRule !== rule));
}

/** HeadObject answers GetObject's headers without a body. */
export function expectedHeadAnswer(object: ObjectState): ExpectedAnswer {
  return { ...expectedGetAnswer(object), body: Buffer.alloc(0) };
}

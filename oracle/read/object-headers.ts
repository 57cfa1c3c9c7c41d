import { IMF_FIXDATE, type HeaderRule } from "../expected-answer.ts";
import type { ReadRuleId } from "../rules/read-rules.ts";
import { DEFAULT_CONTENT_TYPE, STORED_HEADER_NAMES, type ObjectState } from "../stored-object.ts";

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

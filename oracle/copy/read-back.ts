import { USER_METADATA_PREFIX } from "./copy-request.ts";
import { metadataDirective } from "./metadata.ts";
import type { CopiedObject } from "./decide-copy.ts";
import type { ExpectedAnswer, HeaderRule } from "../expected-answer.ts";
import { decideReadBack } from "../read/decide-read.ts";
import type { CopyRuleId } from "../rules/copy-rules.ts";
import { STORED_HEADER_NAMES } from "../stored-object.ts";

const REDIRECT = "x-amz-website-redirect-location";
const STORAGE_CLASS = "x-amz-storage-class";

/**
 * A read (GetObject, HeadObject) of what a copy stored, as the read oracle expects it, with each
 * field the copy decided attributed to the copy rule that decided it: the Content-* headers and user
 * metadata to the metadata directive, the website redirect and the storage class to their own rules.
 * It also expects absent every `x-amz-meta-*` the copy request sent that the copy does not hold: COPY
 * ignores them (copy-default-directive-ignores-new-metadata). `request` is the copy's request headers;
 * `also` adds header rules a case checks beyond the read's (the storage class case, its header).
 */
export function decideCopyReadBack(stored: CopiedObject, method: "GET" | "HEAD", request: Record<string, string>, also: Record<string, HeaderRule> = {}): ExpectedAnswer {
  const expected = decideReadBack(stored, method);
  const directive: CopyRuleId = metadataDirective(request) === "REPLACE" ? "copy.metadata-directive.replace" : "copy.metadata-directive.copy";
  const headers: Record<string, HeaderRule> = { ...expected.headers, ...also };
  for (const name of Object.keys(request)) {
    if (!name.startsWith(USER_METADATA_PREFIX)) continue;
    const metadataName = name.slice(USER_METADATA_PREFIX.length).toLowerCase();
    if (!(metadataName in stored.metadata)) headers[`${USER_METADATA_PREFIX}${metadataName}`] = null;
  }
  const fieldRules: Record<string, string> = { ...expected.fieldRules };
  for (const name of Object.keys(headers)) {
    const rule = copyFieldRule(name.toLowerCase(), directive);
    if (rule !== undefined) fieldRules[name.toLowerCase()] = rule;
  }
  return { ...expected, headers, fieldRules };
}

function copyFieldRule(name: string, directive: CopyRuleId): CopyRuleId | undefined {
  if (name === REDIRECT) return "copy.website-redirect.not-copied";
  if (name === STORAGE_CLASS) return "copy.storage-class.not-inherited";
  if (name.startsWith(USER_METADATA_PREFIX) || (STORED_HEADER_NAMES as readonly string[]).includes(name)) return directive;
  return undefined;
}

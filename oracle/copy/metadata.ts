import { USER_METADATA_PREFIX } from "./copy-request.ts";
import { STORED_HEADER_NAMES, type ObjectState, type StoredHeaders } from "../stored-object.ts";

export type MetadataDirective = "COPY" | "REPLACE";

const REDIRECT = "x-amz-website-redirect-location";

/** `x-amz-metadata-directive`, COPY when absent. Another value is not recorded (versitygw: 400 InvalidArgument). */
export function metadataDirective(headers: Record<string, string>): MetadataDirective {
  const directive = headers["x-amz-metadata-directive"] ?? "COPY";
  if (directive !== "COPY" && directive !== "REPLACE") throw new Error(`undecided: x-amz-metadata-directive ${directive} is not recorded`);
  return directive;
}

/**
 * The stored headers and user metadata of the copy. COPY takes the source's and ignores the
 * request's (copy-directive-copy-ignores-headers); REPLACE takes only the request's, so an unsent
 * Content-Type reads back as the default and an unsent Content-Language is gone (copy-directive-replace).
 * The website redirect is never copied: it is the request's under either directive (CopyObject
 * documentation, WebsiteRedirectLocation; kept in copy-in-place-same-website-redirect because it was re-sent).
 */
export function copiedMetadata(source: ObjectState, headers: Record<string, string>): Pick<ObjectState, "headers" | "metadata"> {
  const replace = metadataDirective(headers) === "REPLACE";
  const stored: StoredHeaders = {};
  for (const name of STORED_HEADER_NAMES) {
    const value = replace || name === REDIRECT ? headers[name] : source.headers[name];
    if (value !== undefined) stored[name] = value;
  }
  if (!replace) return { headers: stored, metadata: { ...source.metadata } };
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.startsWith(USER_METADATA_PREFIX)) metadata[name.slice(USER_METADATA_PREFIX.length)] = value;
  }
  return { headers: stored, metadata };
}

import { contentHeaders, REDIRECT_HEADER, redirectHeader, userMetadata } from "./object-headers.ts";
import { isRefusal, type Refusal } from "./replies.ts";
import type { StoredObject } from "./stored-object.ts";

/**
 * The stored headers and metadata of a copy. COPY keeps the source's and ignores the request's;
 * REPLACE keeps only the request's, so Content-Type falls back to the default and an unsent
 * Content-Language is gone (copy-directive-copy-ignores-headers, copy-directive-replace). The website
 * redirect is never copied: it is the request's under either directive (CopyObject API reference,
 * WebsiteRedirectLocation).
 */
export function copiedState(source: StoredObject, headers: Record<string, string>, replace: boolean): Pick<StoredObject, "headers" | "metadata"> | Refusal {
  const redirect = redirectHeader(headers);
  if (isRefusal(redirect)) return redirect;
  if (!replace) {
    const kept = { ...source.headers };
    delete kept[REDIRECT_HEADER];
    return { headers: { ...kept, ...redirect }, metadata: { ...source.metadata } };
  }
  const metadata = userMetadata(headers);
  if (isRefusal(metadata)) return metadata;
  return { headers: { ...contentHeaders(headers), ...redirect }, metadata };
}

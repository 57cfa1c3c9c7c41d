import { parseCopySource } from "../../../oracle/copy/copy-source.ts";
import { formatHttpDate } from "../../../oracle/http-date.ts";
import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { REQUEST_TIME, WRITTEN_AT } from "../row-clock.ts";
import { requestValueAt } from "../row-request-values.ts";
import { rowRequest } from "../row-request.ts";
import type { CopyRequest } from "../../../oracle/copy/decide-copy.ts";
import type { ReadableObject } from "../../../oracle/read/decide-read.ts";

/** The copy-source precondition rows do not record the source's name; any key will do. */
const STAND_IN_SOURCE_KEY = "recorded-source-key";
/** Any ETag: the rows sending these do not depend on its value (the destination is absent, or the value is refused unread). */
const STAND_IN_ETAG = '"recorded-stand-in-etag"';
const ANY_ETAG = ["<some ETag>", "<ETag of the version under the marker>", "<etag>"];
/** Dates given relative to the source's Last-Modified. */
const FROM_LAST_MODIFIED: Record<string, number> = {
  "<exact LastModified>": WRITTEN_AT,
  "LastModified - 1 minute": WRITTEN_AT - 60,
};

/** The row's x-amz-copy-source with `<bucket>` resolved, or a stand-in name in the row's bucket when it records none. */
export function copySourceHeaderOf(row: AwsObservedRow): string {
  const { bucket, headers } = rowRequest(row);
  return (headers["x-amz-copy-source"] ?? `<bucket>/${STAND_IN_SOURCE_KEY}`).replace("<bucket>", bucket);
}

/** Whether the row copies a key onto itself; the request side says so in a field the shared row type does not name. */
export function copiesInPlace(row: AwsObservedRow): boolean {
  const { destination } = row.request as { destination?: unknown };
  return destination === "same key" || row.setup.destination === "same key as source";
}

/**
 * A CopyObject row's request: its headers with placeholders resolved against the source, to the
 * source's own key when the row copies in place, else to a stand-in key (the rows record no path).
 */
export function copyRequestOf(row: AwsObservedRow, source: ReadableObject | undefined): CopyRequest {
  const request = rowRequest(row);
  const headers: Record<string, string> = {};
  for (const [name, text] of Object.entries(request.headers)) headers[name] = copyRequestValue(text, source);
  headers["x-amz-copy-source"] = copySourceHeaderOf(row);
  const name = parseCopySource(headers["x-amz-copy-source"]);
  if (copiesInPlace(row)) {
    if (name.result === "invalid") throw new Error(`${row.id}: an in-place copy without a readable source name`);
    return { bucket: name.bucket, key: name.key, headers };
  }
  return { bucket: request.bucket, key: request.key, headers };
}

function copyRequestValue(text: string, source: ReadableObject | undefined): string {
  if (ANY_ETAG.includes(text)) return STAND_IN_ETAG;
  const fromLastModified = FROM_LAST_MODIFIED[text];
  if (fromLastModified !== undefined) return formatHttpDate(fromLastModified, "imf-fixdate");
  if (text.startsWith("<bucket>/")) return text; // the copy source, resolved with the row's bucket
  return requestValueAt(text, source, REQUEST_TIME);
}

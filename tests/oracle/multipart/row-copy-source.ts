import type { PartCopySource } from "../../../oracle/multipart/upload-part-copy.ts";
import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { bodyTextOf } from "../recorded-text.ts";
import { WRITTEN_AT } from "../row-clock.ts";
import { singlePartEtag } from "../../../oracle/entity-tags.ts";

/**
 * The source an UploadPartCopy row copies from: its recorded bytes, their MD5 as ETag (`<E>` or a
 * recorded value, which must be that MD5), written just before the request.
 */
export function copySourceOf(row: AwsObservedRow): PartCopySource {
  const source = row.setup.source as { body?: unknown; size?: unknown; etag?: unknown } | undefined;
  if (typeof source?.body !== "string") throw new Error(`${row.id}: the copy source's bytes are not recorded`);
  const body = Buffer.from(bodyTextOf(source.body));
  if (source.size !== undefined && source.size !== body.length) throw new Error(`${row.id}: the source is ${body.length} bytes, the row says ${String(source.size)}`);
  const etag = singlePartEtag(body);
  if (source.etag !== undefined && source.etag !== "<E>" && source.etag !== etag) throw new Error(`${row.id}: ETag ${String(source.etag)} is not the MD5 of the source`);
  return { body, etag, lastModified: WRITTEN_AT };
}

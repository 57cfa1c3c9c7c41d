import type { ServerSideEncryption } from "../../../oracle/copy/copy-encryption.ts";
import { parseCopySource, type CopySourceObject } from "../../../oracle/copy/copy-source.ts";
import { STORED_HEADER_NAMES, type StoredHeaderName, type StoredHeaders } from "../../../oracle/stored-object.ts";
import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { bodyTextOf, headerValueOf } from "../recorded-text.ts";
import { WRITTEN_AT } from "../row-clock.ts";
import { copySourceHeaderOf } from "./row-copy-request.ts";
import type { CopySourceState } from "../../../oracle/copy/decide-copy.ts";
import { multipartEtag, singlePartEtag } from "../../../oracle/entity-tags.ts";

/** Rows whose source records no body, by the row of the same test and object that does (their ETags must agree). */
const SAME_SOURCE_AS: Record<string, string> = {
  "copy-in-place-multipart-etag-becomes-md5": "copy-multipart-source-etag-becomes-md5",
};
/** An SSE-KMS ETag is not the MD5 of the bytes; when a row does not record it any other value will do. */
const STAND_IN_KMS_ETAG = '"00000000000000000000000000000000"';
const MISSING_SOURCE: Record<string, CopySourceState> = {
  "does not exist": "no-such-key",
  "current version is a delete marker": "no-such-key",
  "delete marker with version id DM": "delete-marker",
};

/** The source a CopyObject row's setup describes, unless it is a previous row's copy (see row-copy-outcome.ts). */
export function copySourceBefore(row: AwsObservedRow, rows: AwsObservedRow[]): CopySourceState {
  const { sourceBucket, sourceKey, source } = row.setup;
  if (sourceBucket === "does not exist") return "no-such-bucket";
  if (typeof sourceKey === "string") {
    const missing = MISSING_SOURCE[sourceKey];
    if (missing === undefined) throw new Error(`${row.id}: source key ${JSON.stringify(sourceKey)} is not understood`);
    return missing;
  }
  // A name without a key names nothing, so there is nothing to describe (copy-src-wrong-format).
  if (source === undefined && parseCopySource(copySourceHeaderOf(row)).result === "invalid") return "no-such-key";
  if (typeof source !== "object" || source === null) throw new Error(`${row.id}: no source described`);
  const sameAs = SAME_SOURCE_AS[row.id];
  if (sameAs === undefined) return recordedSource(row, source as Record<string, unknown>);
  const other = rows.find((candidate) => candidate.id === sameAs);
  const shared = other && copySourceBefore(other, rows);
  if (typeof shared !== "object" || shared.etag !== headerValueOf(String((source as Record<string, unknown>).etag))) {
    throw new Error(`${row.id}: the source of ${sameAs} is not this row's`);
  }
  return shared;
}

function recordedSource(row: AwsObservedRow, described: Record<string, unknown>): CopySourceObject {
  const name = parseCopySource(copySourceHeaderOf(row));
  if (name.result === "invalid") throw new Error(`${row.id}: an object under an unreadable source name`);
  const headers: StoredHeaders = {};
  const metadata: Record<string, string> = {};
  let body: Buffer | undefined;
  let encryption: ServerSideEncryption = "AES256";
  for (const [field, value] of Object.entries(described)) {
    const text = String(value);
    const lower = field.toLowerCase();
    if (field === "body") body = text === "(empty)" ? Buffer.alloc(0) : Buffer.from(bodyTextOf(text));
    else if (field === "sse") encryption = text.startsWith("aws:kms") ? "aws:kms" : text === "AES256" ? "AES256" : unknown(row, field, text);
    else if (lower.startsWith("x-amz-meta-")) metadata[lower.slice("x-amz-meta-".length)] = text;
    else if ((STORED_HEADER_NAMES as readonly string[]).includes(lower)) headers[lower as StoredHeaderName] = text;
    // Checked below, or (the storage class) deciding nothing: a copy never inherits it.
    else if (!["size", "etag", "multipartParts", "storageClass"].includes(field)) unknown(row, field, text);
  }
  if (!body) throw new Error(`${row.id}: the source's body is not recorded`);
  const { size, etag, multipartParts } = described;
  if (size !== undefined && size !== body.length) throw new Error(`${row.id}: the source is ${body.length} bytes, the row says ${size}`);
  const recordedEtag = typeof etag === "string" ? headerValueOf(etag) : undefined;
  const object = { key: name.key, body, headers, metadata, lastModified: WRITTEN_AT, encryption };
  if (multipartParts !== undefined) {
    // One part is all the rows record; its bytes are the whole body.
    if (multipartParts !== 1 || recordedEtag !== multipartEtag([singlePartEtag(body)])) throw new Error(`${row.id}: the multipart source is misread`);
    return { ...object, etag: recordedEtag, partSizes: [body.length] };
  }
  if (encryption === "aws:kms") return { ...object, etag: recordedEtag ?? STAND_IN_KMS_ETAG };
  if (recordedEtag !== undefined && recordedEtag !== singlePartEtag(body)) throw new Error(`${row.id}: ETag ${recordedEtag} is not the MD5 of the body`);
  return { ...object, etag: singlePartEtag(body) };
}

function unknown(row: AwsObservedRow, field: string, text: string): never {
  throw new Error(`${row.id}: source ${field} ${JSON.stringify(text)} is not understood`);
}

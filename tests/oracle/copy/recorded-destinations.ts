import type { StoredHeaderName } from "../../../oracle/stored-object.ts";

/** What a read of the destination showed after the copy, as a row's notes state it. */
export interface RecordedDestination {
  /** Stored headers as a later HEAD gave them; null for absent. */
  headers?: Partial<Record<StoredHeaderName, string | null>>;
  /** The complete user metadata, names without `x-amz-meta-`. */
  metadata?: Record<string, string>;
  storageClass?: string;
  encryption?: string;
}

/** By row id, transcribed from the row's notes (their words quoted). */
export const RECORDED_DESTINATIONS: Record<string, RecordedDestination> = {
  // "destination HEAD shows Content-Type application/json and x-amz-meta-key: value"
  "copy-default-directive-keeps-metadata": { headers: { "content-type": "application/json" }, metadata: { key: "value" } },
  // "supplied metadata and Content-Type are silently ignored …; destination keeps application/json and x-amz-meta-key"
  "copy-default-directive-ignores-new-metadata": { headers: { "content-type": "application/json" }, metadata: { key: "value" } },
  // "destination HEAD shows Content-Language en-US, Content-Type binary/octet-stream and x-amz-meta-key: value"
  "copy-directive-copy-ignores-headers": {
    headers: { "content-language": "en-US", "content-type": "binary/octet-stream" },
    metadata: { key: "value" },
  },
  // "destination has only what the request supplied - Content-Type image/jpg, x-amz-meta-another-key; Content-Language … DROPPED"
  "copy-directive-replace": {
    headers: { "content-type": "image/jpg", "content-language": null },
    metadata: { "another-key": "value" },
  },
  // "HEAD shows only x-amz-meta-key2 and Content-Type reset to binary/octet-stream"
  "copy-in-place-replace-new-metadata": { headers: { "content-type": "binary/octet-stream" }, metadata: { key2: "value2" } },
  // "the x-amz-meta-key3 header is ignored under COPY (metadata stays key2=value2)"
  "copy-in-place-copy-directive-plus-storage-class": { metadata: { key2: "value2" } },
  // "REPLACE with no metadata headers wipes user metadata (HEAD shows none)"
  "copy-in-place-replace-empty": { metadata: {} },
  // "result has Content-Type binary/octet-stream and no user metadata"
  "copy-in-place-replace-no-metadata-source-had-some": { headers: { "content-type": "binary/octet-stream" }, metadata: {} },
  // "Destination storage class is STANDARD, not the source STANDARD_IA"
  "copy-storage-class-not-inherited": { storageClass: "STANDARD" },
  // "redirect location kept"
  "copy-in-place-same-website-redirect": { headers: { "x-amz-website-redirect-location": "/test/direct" } },
  // "re-encrypts with the AWS-managed key"
  "copy-in-place-kms-to-kms-default-key": { encryption: "aws:kms" },
  // "the result falls back to SSE-S3"
  "copy-in-place-kms-source-no-params": { encryption: "AES256" },
};

import type { ServerSideEncryption } from "./copy-encryption.ts";
import { metadataDirective } from "./metadata.ts";

/** What besides the request headers makes an in-place copy change something. */
export interface InPlaceFacts {
  sourceEncryption: ServerSideEncryption;
  /** The bucket has a default-encryption configuration of its own, not just the implicit SSE-S3. */
  explicitBucketEncryption: boolean;
  /** A destination If-Match was sent and matched. */
  ifMatchHeld: boolean;
}

/**
 * Whether a copy of a key onto itself counts as changing something; if not it is 400 InvalidRequest
 * (aws-observed README, J). Sending the header is what counts, not a different value: REPLACE
 * (copy-in-place-replace-no-metadata-source-had-some), a storage class
 * (copy-in-place-storage-class-and-checksum), a website redirect (copy-in-place-same-website-redirect),
 * an encryption (copy-in-place-explicit-aes256). So does an SSE-KMS source
 * (copy-in-place-kms-source-no-params), an explicit bucket default encryption
 * (copy-in-place-bucket-default-encryption-configured) and a matching If-Match
 * (copy-in-place-if-match-only). Metadata without REPLACE, an ACL, or a source in another storage
 * class do not (copy-in-place-metadata-without-replace, copy-in-place-acl-only,
 * copy-in-place-source-standard-ia-no-params). Whether x-amz-checksum-algorithm alone counts is not recorded.
 */
export function inPlaceCopyChangesSomething(headers: Record<string, string>, facts: InPlaceFacts): boolean {
  return (
    metadataDirective(headers) === "REPLACE" ||
    headers["x-amz-storage-class"] !== undefined ||
    headers["x-amz-website-redirect-location"] !== undefined ||
    headers["x-amz-server-side-encryption"] !== undefined ||
    facts.sourceEncryption === "aws:kms" ||
    facts.explicitBucketEncryption ||
    facts.ifMatchHeld
  );
}

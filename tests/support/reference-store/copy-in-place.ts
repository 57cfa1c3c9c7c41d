import { sameEncryption, type Encryption } from "./encryption.ts";
import type { StoreBucket } from "./store-bucket.ts";
import type { StoredObject } from "./stored-object.ts";

export interface InPlaceCopy {
  headers: Record<string, string>;
  /** The directive as the store understood it. */
  replace: boolean;
  source: StoredObject;
  encryption: Encryption;
  bucket: StoreBucket;
  /** A destination If-Match was sent and held. */
  ifMatchHeld: boolean;
}

/**
 * Whether a copy of an object onto itself changes something; if not S3 refuses it with 400
 * InvalidRequest (copy-in-place-no-change). Sending a header is what counts, even with the value
 * already stored: REPLACE, a storage class, a website redirect, an encryption. So does an encryption
 * other than the source's (an SSE-KMS source copied without headers becomes SSE-S3), a bucket with
 * its own default-encryption configuration, and a matching If-Match (aws-observed README, J).
 * Metadata without REPLACE and ACL headers change nothing.
 */
export function changesInPlace(copy: InPlaceCopy): boolean {
  const { headers } = copy;
  return (
    copy.replace ||
    headers["x-amz-storage-class"] !== undefined ||
    headers["x-amz-website-redirect-location"] !== undefined ||
    headers["x-amz-server-side-encryption"] !== undefined ||
    !sameEncryption(copy.source.encryption, copy.encryption) ||
    copy.bucket.explicitEncryption ||
    copy.ifMatchHeld
  );
}

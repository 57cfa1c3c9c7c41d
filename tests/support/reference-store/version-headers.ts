import type { StoreBucket } from "./store-bucket.ts";

/** `x-amz-version-id` of a version, sent by buckets that ever had versioning turned on. */
export function versionHeader(bucket: StoreBucket, versionId: string): Record<string, string> {
  return bucket.versioning === "never" ? {} : { "x-amz-version-id": versionId };
}

import { COPY_SOURCE_CUSTOMER_KEY_PREFIX } from "./customer-key.ts";
import type { CopySourceName } from "./copy-source-name.ts";
import { refusedRead } from "./read-access.ts";
import { errorReply, type Refusal } from "./replies.ts";
import type { StoreContext } from "./store-context.ts";
import type { StoredObject } from "./stored-object.ts";

/**
 * The object a copy reads (CopyObject and UploadPartCopy), or why there is none: 404 NoSuchBucket
 * naming the source bucket, 404 NoSuchKey naming the source key, also behind a delete marker
 * (copy-src-bucket-missing, copy-src-key-missing, copy-src-current-delete-marker); a version id naming
 * a delete marker is 400 InvalidRequest (copy-src-version-is-delete-marker). An SSE-C source needs its
 * key in the `x-amz-copy-source-server-side-encryption-customer-*` headers, as a GET needs it.
 */
export function copySourceObject(name: CopySourceName, headers: Record<string, string>, store: StoreContext): StoredObject | Refusal {
  const bucket = store.buckets.get(name.bucket);
  if (!bucket) return errorReply(404, "NoSuchBucket", { BucketName: name.bucket });
  const { versionId } = name;
  if (versionId !== undefined && versionId !== "null" && bucket.versioning === "never") {
    return errorReply(400, "InvalidArgument", { ArgumentName: "versionId", ArgumentValue: versionId });
  }
  const named = versionId === undefined || bucket.versioning === "never" ? bucket.latest(name.key) : bucket.version(name.key, versionId);
  if (named === undefined && versionId !== undefined && bucket.versioning !== "never") return errorReply(404, "NoSuchVersion", { Key: name.key, VersionId: versionId });
  if (named === undefined || (named.kind === "delete-marker" && versionId === undefined)) return errorReply(404, "NoSuchKey", { Key: name.key });
  if (named.kind === "delete-marker") return errorReply(400, "InvalidRequest");
  return refusedRead(named.encryption, headers, COPY_SOURCE_CUSTOMER_KEY_PREFIX, store.faults) ?? named;
}

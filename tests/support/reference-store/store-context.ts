import type { KmsKeys } from "./kms-keys.ts";
import { errorReply, type Refusal } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import type { StoreBucket } from "./store-bucket.ts";
import type { StoreFaults } from "./store-faults.ts";

/** What every operation may read and change: the buckets, the faults asked for, and the KMS keys it holds. */
export interface StoreContext {
  buckets: Map<string, StoreBucket>;
  faults: StoreFaults;
  kms: KmsKeys;
}

/** The request's bucket, or the 404 NoSuchBucket naming it. */
export function bucketOf(store: StoreContext, request: S3Request): StoreBucket | Refusal {
  const bucket = store.buckets.get(request.bucket ?? "");
  return bucket ?? errorReply(404, "NoSuchBucket", { BucketName: request.bucket ?? "" });
}

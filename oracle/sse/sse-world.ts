import type { BucketEncryption } from "./bucket-encryption.ts";
import type { KmsKeys } from "./kms-keys.ts";

/** What besides the request decides encryption: the bucket's default and the KMS keys there are. */
export interface SseWorld {
  bucketEncryption: BucketEncryption;
  kms: KmsKeys;
}

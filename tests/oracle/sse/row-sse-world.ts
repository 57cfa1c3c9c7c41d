import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { CUSTOMER_KEY_ID, rowKmsKeys } from "./row-kms.ts";
import type { BucketEncryption, SseWorld } from "../../../oracle/sse/decide-sse.ts";
import { UNCONFIGURED_BUCKET } from "../../../oracle/sse/sse-world.ts";

/** The bucket setups of the encryption rows; those not about encryption leave the default. */
const BUCKETS: Record<string, BucketEncryption> = {
  default: UNCONFIGURED_BUCKET,
  "us-east-2": UNCONFIGURED_BUCKET,
  "versioning Enabled": UNCONFIGURED_BUCKET,
  "no encryption config": UNCONFIGURED_BUCKET,
  "no encryption configuration at all": UNCONFIGURED_BUCKET,
  "default encryption aws:kms (no key id), BucketKeyEnabled=true": { algorithm: "aws:kms", bucketKey: true },
  "default encryption aws:kms with customer key, BucketKeyEnabled=true": { algorithm: "aws:kms", kmsKeyId: CUSTOMER_KEY_ID, bucketKey: true },
  "default aws:kms with customer key, BucketKeyEnabled=false": { algorithm: "aws:kms", kmsKeyId: CUSTOMER_KEY_ID, bucketKey: false },
  "default encryption AES256 with BucketKeyEnabled=true": { algorithm: "AES256", bucketKey: true },
};

export function rowSseWorld(row: AwsObservedRow): SseWorld {
  const { bucket } = row.setup;
  const bucketEncryption = bucket === undefined ? UNCONFIGURED_BUCKET : BUCKETS[String(bucket)];
  if (!bucketEncryption) throw new Error(`${row.id}: bucket ${JSON.stringify(bucket)} is not understood`);
  return { bucketEncryption, kms: rowKmsKeys(row) };
}

/**
 * A bucket's default encryption. A bucket without a configuration encrypts with SSE-S3
 * (put-default-sse-s3); the bucket key setting matters to SSE-KMS alone
 * (put-no-headers-bucket-default-sse-s3-bucketkey).
 */
export type BucketEncryption = { algorithm: "AES256"; bucketKey: boolean } | { algorithm: "aws:kms"; kmsKeyId?: string; bucketKey: boolean };

export const UNCONFIGURED_BUCKET: BucketEncryption = { algorithm: "AES256", bucketKey: false };

import type { HeaderRule } from "../expected-answer.ts";
import type { MultipartUpload } from "../multipart/uploads.ts";
import type { ReadableObject } from "../read/decide-read.ts";
import type { KmsKeys } from "./kms-keys.ts";

/**
 * A bucket's default encryption. A bucket without a configuration encrypts with SSE-S3
 * (put-default-sse-s3); the bucket key setting matters to SSE-KMS alone
 * (put-no-headers-bucket-default-sse-s3-bucketkey).
 */
export type BucketEncryption = { algorithm: "AES256"; bucketKey: boolean } | { algorithm: "aws:kms"; kmsKeyId?: string; bucketKey: boolean };

export const UNCONFIGURED_BUCKET: BucketEncryption = { algorithm: "AES256", bucketKey: false };

/** What besides the request decides encryption: the bucket's default and the KMS keys there are. */
export interface SseWorld {
  bucketEncryption: BucketEncryption;
  kms: KmsKeys;
}

/**
 * How an object, a part or an upload is encrypted. SSE-KMS keeps the key (its state decides reads)
 * and the rule its id is echoed by; SSE-C keeps only the key-MD5, by which S3 tells keys apart.
 */
export type ObjectEncryption =
  | { kind: "sse-s3" }
  | { kind: "sse-kms"; keyId: string; keyEcho: HeaderRule; bucketKey: boolean }
  | { kind: "sse-c"; keyMd5: string };

/** A stored object as the read oracle sees it, and how it is encrypted. */
export type EncryptedObject = ReadableObject & { encryption: ObjectEncryption };

/** An open multipart upload and the encryption CreateMultipartUpload gave it; its parts carry the ETags the store answered. */
export type EncryptedUpload = MultipartUpload & { encryption: ObjectEncryption };

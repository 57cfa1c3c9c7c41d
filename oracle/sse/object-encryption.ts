import type { HeaderRule } from "../expected-answer.ts";

/**
 * How an object, a part or an upload is encrypted. SSE-KMS keeps the key (its state decides reads)
 * and the rule its id is echoed by; SSE-C keeps only the key-MD5, by which S3 tells keys apart.
 */
export type ObjectEncryption =
  | { kind: "sse-s3" }
  | { kind: "sse-kms"; keyId: string; keyEcho: HeaderRule; bucketKey: boolean }
  | { kind: "sse-c"; keyMd5: string };

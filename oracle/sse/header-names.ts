/** `x-amz-server-side-encryption`: SSE-S3 (`AES256`) or SSE-KMS (`aws:kms`) on a write, echoed on every answer about the object. */
export const SSE = "x-amz-server-side-encryption";
export const KMS_KEY_ID = "x-amz-server-side-encryption-aws-kms-key-id";
export const BUCKET_KEY_ENABLED = "x-amz-server-side-encryption-bucket-key-enabled";

/** Whose customer key a header set carries: the object written or read, or the source a copy reads. */
export type KeyRole = "object" | "copy-source";

export interface CustomerKeyHeaderNames {
  algorithm: string;
  key: string;
  keyMd5: string;
}

/** The three SSE-C headers of a role, lower-case; the copy-source twins carry `x-amz-copy-source-` in front. */
export function customerKeyHeaderNames(role: KeyRole): CustomerKeyHeaderNames {
  const prefix = role === "object" ? "x-amz-server-side-encryption-customer-" : "x-amz-copy-source-server-side-encryption-customer-";
  return { algorithm: `${prefix}algorithm`, key: `${prefix}key`, keyMd5: `${prefix}key-md5` };
}

/** The headers whose value is a customer key: never echoed by a store, never written to a report. */
export const CUSTOMER_KEY_HEADERS: readonly string[] = [customerKeyHeaderNames("object").key, customerKeyHeaderNames("copy-source").key];

/** The only SSE-C algorithm S3 takes (put-ssec-wrong-algorithm). */
export const CUSTOMER_ALGORITHM = "AES256";

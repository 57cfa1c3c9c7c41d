import { CUSTOMER_KEY_ID, STAND_IN_ACCOUNT } from "./row-kms.ts";
import { rowCustomerKey } from "./row-customer-keys.ts";
import type { ObjectEncryption } from "../../../oracle/sse/decide-sse.ts";

/** SSE-C with K1 or K2 of the rows' setups. */
export function customerEncryption(keyName: string): ObjectEncryption {
  return { kind: "sse-c", keyMd5: rowCustomerKey(keyName).keyMd5 };
}

/** SSE-KMS with one of the account's stand-in keys, as a write naming it by bare id left it. */
export function kmsEncryption(keyId: string, bucketKey: boolean): ObjectEncryption {
  return { kind: "sse-kms", keyId, keyEcho: `arn:aws:kms:us-east-1:${STAND_IN_ACCOUNT}:key/${keyId}`, bucketKey };
}

/** The SSE-KMS upload of the KMS multipart rows: the customer key with a bucket key. */
export const KMS_UPLOAD: ObjectEncryption = kmsEncryption(CUSTOMER_KEY_ID, true);

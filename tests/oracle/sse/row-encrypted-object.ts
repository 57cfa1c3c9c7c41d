import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { bodyTextOf } from "../recorded-text.ts";
import { WRITTEN_AT } from "../row-clock.ts";
import { KMS_OBJECT_KEYS } from "./row-kms.ts";
import { customerEncryption, kmsEncryption } from "./row-encryption.ts";
import type { EncryptedObject, ObjectEncryption } from "../../../oracle/sse/decide-sse.ts";

/** An SSE-C or SSE-KMS ETag is not the MD5 of the bytes; the read rows do not record it, so any will do. */
const STAND_IN_ETAG = '"0123456789abcdef0123456789abcdef"';
/** Bytes for a row that does not record them. */
const STAND_IN_BODY = Buffer.from("plaintext body");

/** `SSE-C (K1), 9 bytes`, `SSE-C with key K1 (body test_data)`, `SSE-C object with key K1 (body test_data, MD5 …)` */
const CUSTOMER_OBJECT = /^SSE-C (?:object )?(?:with key )?\(?(K\d)\)?(?:, (\d+) bytes| \(body ([^,)]+)(?:, MD5 [0-9a-f]{32})?\))$/;
/** `v1 encrypted with K1, v2 (current) with K2`: the version a versionId names. */
const VERSIONS = /^v1 encrypted with (K\d), v2 \(current\) with (K\d)$/;
/** `plain SSE-S3 object "hello world"`, `plain object` */
const PLAIN_OBJECT = /^plain (?:SSE-S3 )?object(?: (".*"))?$/;

/** The object a read or copy row's setup describes (for a versioned key, the version its request names). */
export function rowEncryptedObject(row: AwsObservedRow, key: string, described: unknown): EncryptedObject {
  const text = String(described);
  const customer = CUSTOMER_OBJECT.exec(text);
  if (customer) {
    const body = Buffer.from(customer[3] ?? "test_data");
    if (customer[2] !== undefined && body.length !== Number(customer[2])) throw new Error(`${row.id}: the object is ${body.length} bytes, the row says ${customer[2]}`);
    return encryptedObject(key, body, customerEncryption(customer[1] ?? ""));
  }
  const versions = VERSIONS.exec(text);
  if (versions) {
    const versionId = String(row.request.query?.versionId ?? "");
    if (versionId !== "v1" && versionId !== "v2") throw new Error(`${row.id}: versionId ${versionId} names no recorded version`);
    return encryptedObject(key, Buffer.from("test_data"), customerEncryption((versionId === "v1" ? versions[1] : versions[2]) ?? ""));
  }
  const kmsKey = KMS_OBJECT_KEYS[text];
  if (kmsKey !== undefined) return encryptedObject(key, STAND_IN_BODY, kmsEncryption(kmsKey, false));
  const plain = PLAIN_OBJECT.exec(text);
  if (plain) return encryptedObject(key, plain[1] ? Buffer.from(bodyTextOf(plain[1])) : STAND_IN_BODY, { kind: "sse-s3" });
  throw new Error(`${row.id}: object ${JSON.stringify(described)} is not understood`);
}

function encryptedObject(key: string, body: Buffer, encryption: ObjectEncryption): EncryptedObject {
  return { key, body, headers: {}, metadata: {}, etag: STAND_IN_ETAG, lastModified: WRITTEN_AT, encryption };
}

import type { Answer } from "../../../fixtures/answer.ts";
import { refusedAcl } from "./acl-headers.ts";
import { refusedContentMd5 } from "./content-md5.ts";
import { encryptionHeaders } from "./encryption-headers.ts";
import { writtenEtag } from "./object-etag.ts";
import { contentHeaders, redirectHeader, userMetadata } from "./object-headers.ts";
import { emptyReply, errorReply, isRefusal } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { requestedStorageClass } from "./storage-class.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import { versionHeader } from "./version-headers.ts";
import { judgeWrite, unimplementedCondition, writeConditionsOf } from "./write-conditions.ts";
import { writeEncryption } from "./write-encryption.ts";

/** Longest key in UTF-8 bytes (S3 user guide, object keys). */
export const MAX_KEY_BYTES = 1024;

/**
 * PutObject. What the request says about itself is judged first (key length, Content-MD5, metadata,
 * redirect, storage class, ACL, encryption, unimplemented conditions), then the key's state (the
 * write conditions). The answer: 200, the ETag, the encryption, no body (put-response-headers).
 */
export function putObject(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const key = request.key ?? "";
  const { headers, body } = request;
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) return errorReply(400, "KeyTooLongError", { Size: String(Buffer.byteLength(key)), MaxSizeAllowed: String(MAX_KEY_BYTES) });
  const digest = refusedContentMd5(headers, body, "hex");
  if (digest) return digest;
  const metadata = userMetadata(headers);
  if (isRefusal(metadata)) return metadata;
  const redirect = redirectHeader(headers);
  if (isRefusal(redirect)) return redirect;
  const storageClass = requestedStorageClass(headers);
  if (isRefusal(storageClass)) return storageClass;
  const acl = refusedAcl(headers, bucket);
  if (acl) return acl;
  const encryption = writeEncryption(headers, store, request.region);
  if (isRefusal(encryption)) return encryption;
  const conditions = writeConditionsOf(headers, request.query);
  const unimplemented = unimplementedCondition(conditions);
  if (unimplemented) return unimplemented;
  const verdict = judgeWrite(bucket.current(key)?.etag, conditions, key);
  if (verdict.kind === "refused") return verdict.answer;

  const stored = bucket.write({ key, body, etag: writtenEtag(body, encryption), headers: { ...contentHeaders(headers), ...redirect }, metadata, storageClass, encryption });
  return emptyReply(200, { etag: stored.etag, ...encryptionHeaders(encryption, store.faults), ...versionHeader(bucket, stored.versionId) });
}

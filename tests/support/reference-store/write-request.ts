import { refusedAcl } from "./acl-headers.ts";
import type { Encryption } from "./encryption.ts";
import { contentHeaders, redirectHeader, userMetadata } from "./object-headers.ts";
import { errorReply, isRefusal, type Refusal } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { requestedStorageClass } from "./storage-class.ts";
import type { StoreBucket } from "./store-bucket.ts";
import type { StoreContext } from "./store-context.ts";
import { writeEncryption } from "./write-encryption.ts";

/** Longest key in UTF-8 bytes (S3 user guide, object keys). */
const MAX_KEY_BYTES = 1024;

/** 400 KeyTooLongError for a key over 1024 UTF-8 bytes, which PutObject, CopyObject and CreateMultipartUpload refuse alike. */
export function refusedKey(key: string): Refusal | undefined {
  const size = Buffer.byteLength(key);
  return size > MAX_KEY_BYTES ? errorReply(400, "KeyTooLongError", { Size: String(size), MaxSizeAllowed: String(MAX_KEY_BYTES) }) : undefined;
}

/** What a write stores from its own headers (PutObject, CreateMultipartUpload): the metadata and the content and redirect headers. */
export function writtenHeaders(headers: Record<string, string>): { metadata: Record<string, string>; headers: Record<string, string> } | Refusal {
  const metadata = userMetadata(headers);
  if (isRefusal(metadata)) return metadata;
  const redirect = redirectHeader(headers);
  if (isRefusal(redirect)) return redirect;
  return { metadata, headers: { ...contentHeaders(headers), ...redirect } };
}

/** How every write stores its object, checked in this order: the storage class, the ACL headers, the encryption. */
export function writeSettings(request: S3Request, bucket: StoreBucket, store: StoreContext): { storageClass: string; encryption: Encryption } | Refusal {
  const storageClass = requestedStorageClass(request.headers);
  if (isRefusal(storageClass)) return storageClass;
  const acl = refusedAcl(request.headers, bucket);
  if (acl) return acl;
  const encryption = writeEncryption(request.headers, store, request.region);
  if (isRefusal(encryption)) return encryption;
  return { storageClass, encryption };
}

import { randomBytes } from "node:crypto";
import type { Answer } from "../../../fixtures/answer.ts";
import { refusedAcl } from "./acl-headers.ts";
import { encryptionHeaders } from "./encryption-headers.ts";
import { contentHeaders, redirectHeader, userMetadata } from "./object-headers.ts";
import { MAX_KEY_BYTES } from "./put-object.ts";
import { errorReply, isRefusal, xmlReply } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { requestedStorageClass } from "./storage-class.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import { writeEncryption } from "./write-encryption.ts";

/**
 * CreateMultipartUpload: judged like a PutObject's headers, which the upload keeps for the object
 * Complete makes. 200 with an InitiateMultipartUploadResult and the encryption echo (create-mpu-response).
 */
export function createUpload(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const key = request.key ?? "";
  const { headers } = request;
  if (Buffer.byteLength(key) > MAX_KEY_BYTES) return errorReply(400, "KeyTooLongError", { Size: String(Buffer.byteLength(key)), MaxSizeAllowed: String(MAX_KEY_BYTES) });
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

  const uploadId = randomBytes(24).toString("base64url");
  const upload = { uploadId, key, initiated: Date.now(), headers: { ...contentHeaders(headers), ...redirect }, metadata, storageClass, encryption, parts: new Map(), keyWritesAtCreate: bucket.writesTo(key) };
  bucket.uploads.set(uploadId, upload);
  return xmlReply("InitiateMultipartUploadResult", { Bucket: bucket.name, Key: key, UploadId: uploadId }, encryptionHeaders(encryption, store.faults));
}

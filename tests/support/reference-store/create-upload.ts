import { randomBytes } from "node:crypto";
import type { Answer } from "../../../transport/answer.ts";
import { encryptionHeaders } from "./encryption-headers.ts";
import { isRefusal, xmlReply } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import { refusedKey, writeSettings, writtenHeaders } from "./write-request.ts";

/**
 * CreateMultipartUpload: judged like a PutObject's headers, which the upload keeps for the object
 * Complete makes. 200 with an InitiateMultipartUploadResult and the encryption echo (create-mpu-response).
 */
export function createUpload(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const key = request.key ?? "";
  const badKey = refusedKey(key);
  if (badKey) return badKey;
  const written = writtenHeaders(request.headers);
  if (isRefusal(written)) return written;
  const settings = writeSettings(request, bucket, store);
  if (isRefusal(settings)) return settings;
  const { storageClass, encryption } = settings;

  const uploadId = randomBytes(24).toString("base64url");
  const upload = { uploadId, key, initiated: Date.now(), headers: written.headers, metadata: written.metadata, storageClass, encryption, parts: new Map(), keyWritesAtCreate: bucket.writesTo(key) };
  bucket.uploads.set(uploadId, upload);
  return xmlReply("InitiateMultipartUploadResult", { Bucket: bucket.name, Key: key, UploadId: uploadId }, encryptionHeaders(encryption, store.faults));
}

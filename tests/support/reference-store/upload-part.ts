import type { Answer } from "../../../transport/answer.ts";
import { refusedContentMd5 } from "./content-md5.ts";
import { encryptionHeaders } from "./encryption-headers.ts";
import { writtenEtag } from "./object-etag.ts";
import { refusedPartEncryption } from "./part-encryption.ts";
import { emptyReply, isRefusal } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import { openUpload, partNumberOf } from "./upload-lookup.ts";

/**
 * UploadPart: the part number, the upload, Content-MD5, the SSE-C key; a part uploaded again
 * replaces the earlier one. 200 with the part's ETag, no body and no Content-Type
 * (upload-part-response, upload-part-empty-body-raw).
 */
export function uploadPart(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const partNumber = partNumberOf(request.query.partNumber ?? "", store.faults);
  if (isRefusal(partNumber)) return partNumber;
  const upload = openUpload(bucket, request.key ?? "", request.query.uploadId ?? "");
  if (isRefusal(upload)) return upload;
  const digest = refusedContentMd5(request.headers, request.body, "as-sent");
  if (digest) return digest;
  const encryption = refusedPartEncryption(upload, request.headers, store.faults);
  if (encryption) return encryption;

  const part = { body: request.body, etag: writtenEtag(request.body, upload.encryption), lastModified: Date.now() };
  upload.parts.set(partNumber, part);
  return emptyReply(200, { etag: part.etag, ...encryptionHeaders(upload.encryption, store.faults) });
}

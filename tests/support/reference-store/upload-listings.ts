import type { Answer } from "../../../transport/answer.ts";
import { OWNER_ID } from "./acl-headers.ts";
import { emptyReply, isRefusal, xmlReply } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import { openUpload } from "./upload-lookup.ts";

/** AbortMultipartUpload: 204, after which the id names nothing; an unknown id is 404 NoSuchUpload. */
export function abortUpload(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const upload = openUpload(bucket, request.key ?? "", request.query.uploadId ?? "");
  if (isRefusal(upload)) return upload;
  bucket.uploads.delete(upload.uploadId);
  return emptyReply(204);
}

/** ListMultipartUploads: the open uploads under a prefix, in key order. */
export function listUploads(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const prefix = request.query.prefix ?? "";
  const uploads = [...bucket.uploads.values()]
    .filter((upload) => upload.key.startsWith(prefix))
    .sort((a, b) => Buffer.compare(Buffer.from(a.key), Buffer.from(b.key)) || a.initiated - b.initiated)
    .map((upload) => ({
      Key: upload.key,
      UploadId: upload.uploadId,
      Initiator: { ID: OWNER_ID },
      Owner: { ID: OWNER_ID },
      StorageClass: upload.storageClass,
      Initiated: new Date(upload.initiated).toISOString(),
    }));
  return xmlReply("ListMultipartUploadsResult", { Bucket: bucket.name, KeyMarker: "", UploadIdMarker: "", Prefix: prefix, MaxUploads: 1000, IsTruncated: false, Upload: uploads });
}

/** ListParts: an open upload's parts in number order. */
export function listParts(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const upload = openUpload(bucket, request.key ?? "", request.query.uploadId ?? "");
  if (isRefusal(upload)) return upload;
  const parts = [...upload.parts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, part]) => ({ PartNumber: number, LastModified: new Date(part.lastModified).toISOString(), ETag: part.etag, Size: part.body.length }));
  return xmlReply("ListPartsResult", { Bucket: bucket.name, Key: upload.key, UploadId: upload.uploadId, StorageClass: upload.storageClass, PartNumberMarker: 0, MaxParts: 1000, IsTruncated: false, Part: parts });
}

import type { Answer } from "../../../transport/answer.ts";
import { parseCopySource } from "./copy-source-name.ts";
import { refusedCopySource } from "./copy-source-conditions.ts";
import { copySourceObject } from "./copy-source-object.ts";
import { copiedBytes } from "./copy-source-range.ts";
import { encryptionHeaders } from "./encryption-headers.ts";
import { writtenEtag } from "./object-etag.ts";
import { refusedPartEncryption } from "./part-encryption.ts";
import { errorReply, isRefusal, xmlReply } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import { openUpload, partNumberOf } from "./upload-lookup.ts";

/**
 * UploadPartCopy: UploadPart whose bytes come from `x-amz-copy-source`, whole or a range of it. The
 * part number and the upload, then the source, its range, the copy-source conditions (412, never
 * 304), the part's SSE-C key. 200 with a CopyPartResult of the part's ETag and LastModified (upc-range-0-8).
 */
export function uploadPartCopy(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const { headers } = request;
  const partNumber = partNumberOf(request.query.partNumber ?? "", store.faults);
  if (isRefusal(partNumber)) return partNumber;
  const upload = openUpload(bucket, request.key ?? "", request.query.uploadId ?? "");
  if (isRefusal(upload)) return upload;
  const name = parseCopySource(headers["x-amz-copy-source"] ?? "", !store.faults.copySourceKeyNotDecoded);
  if (!name) return errorReply(400, "InvalidArgument", { ArgumentName: "x-amz-copy-source", ArgumentValue: "x-amz-copy-source" });
  const source = copySourceObject(name, headers, store);
  if (isRefusal(source)) return source;
  const bytes = copiedBytes(source.body, store.faults.copySourceRangeIgnored ? undefined : headers["x-amz-copy-source-range"]);
  if (isRefusal(bytes)) return bytes;
  const condition = refusedCopySource(source, headers, store.faults);
  if (condition) return condition;
  const encryption = refusedPartEncryption(upload, headers, store.faults);
  if (encryption) return encryption;

  const part = { body: bytes, etag: writtenEtag(bytes, upload.encryption), lastModified: Math.floor(Date.now() / 1000) * 1000 };
  upload.parts.set(partNumber, part);
  const sourceVersioned = store.buckets.get(name.bucket)?.versioning !== "never";
  const answerHeaders = { ...encryptionHeaders(upload.encryption, store.faults), ...(sourceVersioned ? { "x-amz-copy-source-version-id": source.versionId } : {}) };
  return xmlReply("CopyPartResult", { LastModified: new Date(part.lastModified).toISOString(), ETag: part.etag }, answerHeaders);
}

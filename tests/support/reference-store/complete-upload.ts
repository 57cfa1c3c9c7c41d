import type { Answer } from "../../../transport/answer.ts";
import { encryptionHeaders } from "./encryption-headers.ts";
import { listedParts } from "./listed-parts.ts";
import { multipartEtag } from "./multipart-etag.ts";
import type { MultipartUpload } from "./multipart-upload.ts";
import { partsOfList } from "./parts-list-check.ts";
import { errorReply, isRefusal, xmlReply, type Refusal } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import type { StoreBucket } from "./store-bucket.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import { openUpload } from "./upload-lookup.ts";
import { versionHeader } from "./version-headers.ts";
import { judgeWrite, unimplementedCondition, writeConditionsOf } from "./write-conditions.ts";

/**
 * CompleteMultipartUpload: the upload (before the body: complete-no-such-upload), the parts list,
 * `x-amz-mp-object-size`, then the conditional write. The object is the listed parts in order,
 * with the upload's headers, metadata, storage class and encryption; the upload is gone after. A
 * failed Complete leaves the upload open (complete-parts-out-of-order, notes).
 */
export function completeUpload(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const key = request.key ?? "";
  const upload = openUpload(bucket, key, request.query.uploadId ?? "");
  if (isRefusal(upload)) return upload;
  const listed = listedParts(request.body);
  if (isRefusal(listed)) return listed;
  const parts = partsOfList(upload, listed, store.faults);
  if (isRefusal(parts)) return parts;
  const body = Buffer.concat(parts.map((part) => part.body));
  const declared = request.headers["x-amz-mp-object-size"];
  if (declared !== undefined && declared !== String(body.length)) return errorReply(400, "InvalidRequest"); // complete-mp-object-size-mismatch
  const conflict = refusedConditionalComplete(request, bucket, upload);
  if (conflict) return conflict;

  const stored = bucket.write({
    key,
    body,
    etag: multipartEtag(parts, store.faults),
    headers: upload.headers,
    metadata: upload.metadata,
    storageClass: upload.storageClass,
    encryption: upload.encryption,
    partSizes: parts.map((part) => part.body.length),
  });
  bucket.uploads.delete(upload.uploadId);
  // An SSE-C Complete echoes nothing about the key, which it does not need (complete-mpu-ssec-without-key).
  const echo = upload.encryption.kind === "SSE-C" ? {} : encryptionHeaders(upload.encryption, store.faults);
  const location = `/${encodeURIComponent(bucket.name)}/${key.split("/").map(encodeURIComponent).join("/")}`;
  return xmlReply("CompleteMultipartUploadResult", { Location: location, Bucket: bucket.name, Key: key, ETag: stored.etag }, { ...echo, ...versionHeader(bucket, stored.versionId) });
}

/**
 * If-None-Match: * and If-Match on Complete, judged against the key now as on PutObject; a condition
 * that holds still fails with 409 ConditionalRequestConflict when the key was written or deleted
 * since the upload was created (aws-observed README, C; complete-inm-*, complete-im-*).
 */
function refusedConditionalComplete(request: S3Request, bucket: StoreBucket, upload: MultipartUpload): Refusal | undefined {
  const conditions = writeConditionsOf(request.headers, request.query);
  const unimplemented = unimplementedCondition(conditions);
  if (unimplemented) return unimplemented;
  const key = upload.key;
  const verdict = judgeWrite(bucket.current(key)?.etag, conditions, key);
  if (verdict.kind === "refused") return verdict.answer;
  const condition = conditions.ifMatch !== undefined ? "If-Match" : conditions.ifNoneMatch !== undefined ? "If-None-Match" : undefined;
  if (condition && bucket.writesTo(key) !== upload.keyWritesAtCreate) return errorReply(409, "ConditionalRequestConflict", { Condition: condition, Key: key });
  return undefined;
}

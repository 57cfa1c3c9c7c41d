import type { Answer } from "../../../transport/answer.ts";
import { answerRead } from "./reference-reads.ts";
import { CUSTOMER_KEY_PREFIX } from "./customer-key.ts";
import { plainAnswer } from "./object-plain-answer.ts";
import { refusedRead } from "./read-access.ts";
import { errorReply, isRefusal, type Refusal } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import type { StoreBucket } from "./store-bucket.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import type { StoredObject } from "./stored-object.ts";

/**
 * GetObject and HeadObject: the version asked for, the SSE-C key it needs, then the read rules
 * (conditions, partNumber, ranges, overrides) of the independent reference implementation.
 */
export function getObject(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const object = versionToRead(bucket, request);
  if (isRefusal(object)) return object;
  const refusal = refusedRead(object.encryption, request.headers, CUSTOMER_KEY_PREFIX, store.faults);
  if (refusal) return refusal;
  const question = { method: request.method, headers: request.headers, query: request.query };
  return answerRead(plainAnswer(object, bucket, store.faults), question, store.faults.reads ?? {}, Date.now(), object.partSizes);
}

/**
 * The object a read names. A missing key, or one whose current version is a delete marker, is 404
 * NoSuchKey (the latter with the marker's headers); a delete marker named by versionId is 405
 * (get-current-is-delete-marker, get-version-id-is-delete-marker). In a bucket never versioned only
 * `null` names a version, any other id is 400 InvalidArgument (get-bogus-version-id-unversioned); in
 * a versioned one an unknown id is 404 NoSuchVersion (API reference, error codes).
 */
function versionToRead(bucket: StoreBucket, request: S3Request): StoredObject | Refusal {
  const key = request.key ?? "";
  const versionId = request.query.versionId;
  if (versionId !== undefined && versionId !== "null" && bucket.versioning === "never") {
    return errorReply(400, "InvalidArgument", { ArgumentName: "versionId", ArgumentValue: versionId });
  }
  const named = versionId === undefined || bucket.versioning === "never" ? bucket.latest(key) : bucket.version(key, versionId);
  if (named === undefined) {
    return versionId === undefined || bucket.versioning === "never" ? errorReply(404, "NoSuchKey", { Key: key }) : errorReply(404, "NoSuchVersion", { Key: key, VersionId: versionId });
  }
  if (named.kind === "object") return named;
  const markerHeaders = { "x-amz-delete-marker": "true", "x-amz-version-id": named.versionId };
  if (versionId === undefined) return errorReply(404, "NoSuchKey", { Key: key }, markerHeaders);
  return errorReply(405, "MethodNotAllowed", { Method: request.method, ResourceType: "DeleteMarker" }, { ...markerHeaders, allow: "DELETE" });
}

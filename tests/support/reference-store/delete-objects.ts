import type { Answer } from "../../../transport/answer.ts";
import { emptyReply, errorReply, isRefusal, xmlReply, type Refusal } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import type { StoreBucket } from "./store-bucket.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import { parseXmlBody, type XmlContent } from "./xml.ts";

interface Deleted {
  versionId?: string;
  deleteMarker: boolean;
}

/** DeleteObject: 204 whether or not the key existed; a version id removes that version only. */
export function deleteObject(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const deleted = deleteOne(bucket, request.key ?? "", request.query.versionId);
  if (isRefusal(deleted)) return deleted;
  return emptyReply(204, {
    ...(deleted.versionId !== undefined ? { "x-amz-version-id": deleted.versionId } : {}),
    ...(deleted.deleteMarker ? { "x-amz-delete-marker": "true" } : {}),
  });
}

/** DeleteObjects: each listed key (and version) as DeleteObject would, reported unless Quiet. */
export function deleteObjects(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const document = parseXmlBody(request.body, "Delete");
  if (!document) return errorReply(400, "MalformedXML");
  const results: XmlContent[] = [];
  const errors: XmlContent[] = [];
  for (const entry of (document.Object ?? []) as Array<Record<string, unknown>>) {
    const key = typeof entry.Key === "string" ? entry.Key : "";
    const versionId = typeof entry.VersionId === "string" ? entry.VersionId : undefined;
    const deleted = deleteOne(bucket, key, versionId);
    if (isRefusal(deleted)) errors.push({ Key: key, VersionId: versionId, Code: deleted.error?.Code ?? "InternalError" });
    else results.push({ Key: key, VersionId: versionId, ...(deleted.deleteMarker ? { DeleteMarker: true, DeleteMarkerVersionId: deleted.versionId } : {}) });
  }
  return xmlReply("DeleteResult", { Deleted: document.Quiet === "true" ? [] : results, Error: errors });
}

function deleteOne(bucket: StoreBucket, key: string, versionId: string | undefined): Deleted | Refusal {
  if (versionId === undefined) {
    const marker = bucket.delete(key);
    return marker ? { versionId: marker.versionId, deleteMarker: true } : { deleteMarker: false };
  }
  if (bucket.versioning === "never" && versionId !== "null") return errorReply(400, "InvalidArgument", { ArgumentName: "versionId", ArgumentValue: versionId });
  const removed = bucket.deleteVersion(key, versionId);
  return { versionId, deleteMarker: removed?.kind === "delete-marker" };
}

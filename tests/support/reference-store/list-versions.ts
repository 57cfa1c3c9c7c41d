import type { Answer } from "../../../transport/answer.ts";
import { OWNER_ID } from "./acl-headers.ts";
import { isRefusal, xmlReply } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";

/** ListObjectVersions: every version and delete marker under a prefix, keys in order, newest first; `max-keys` per page. */
export function listVersions(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const { query } = request;
  const prefix = query.prefix ?? "";
  const maxKeys = Math.min(Number(query["max-keys"] ?? "1000") || 0, 1000);
  const all = bucket.allVersions().filter((version) => version.key.startsWith(prefix));
  const markerKey = query["key-marker"];
  const start = markerKey === undefined ? 0 : startAfter(all, markerKey, query["version-id-marker"]);
  const page = all.slice(start, start + maxKeys);
  const truncated = start + maxKeys < all.length;
  const latest = (key: string, versionId: string) => bucket.latest(key)?.versionId === versionId;
  const entry = (version: (typeof all)[number]) => ({
    Key: version.key,
    VersionId: version.versionId,
    IsLatest: latest(version.key, version.versionId),
    LastModified: new Date(version.lastModified).toISOString(),
    Owner: { ID: OWNER_ID },
    ...(version.kind === "object" ? { ETag: version.etag, Size: version.body.length, StorageClass: version.storageClass } : {}),
  });
  return xmlReply("ListVersionsResult", {
    Name: bucket.name,
    Prefix: prefix,
    KeyMarker: markerKey ?? "",
    VersionIdMarker: query["version-id-marker"] ?? "",
    MaxKeys: maxKeys,
    IsTruncated: truncated,
    NextKeyMarker: truncated ? page.at(-1)?.key : undefined,
    NextVersionIdMarker: truncated ? page.at(-1)?.versionId : undefined,
    Version: page.filter((version) => version.kind === "object").map(entry),
    DeleteMarker: page.filter((version) => version.kind === "delete-marker").map(entry),
  });
}

function startAfter(all: Array<{ key: string; versionId: string }>, key: string, versionId: string | undefined): number {
  const index = all.findIndex((version) => version.key === key && (versionId === undefined || version.versionId === versionId));
  if (index >= 0 && versionId !== undefined) return index + 1;
  const next = all.findIndex((version) => Buffer.compare(Buffer.from(version.key), Buffer.from(key)) > 0);
  return next < 0 ? all.length : next;
}

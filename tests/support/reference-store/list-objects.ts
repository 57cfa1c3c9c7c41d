import type { Answer } from "../../../transport/answer.ts";
import { OWNER_ID } from "./acl-headers.ts";
import { isRefusal, xmlReply } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import type { StoredObject } from "./stored-object.ts";
import type { XmlContent } from "./xml.ts";

interface Page {
  contents: StoredObject[];
  prefixes: string[];
  truncated: boolean;
  /** The last key or common prefix on the page. */
  last?: string;
}

/** ListObjects (v1), or ListObjectsV2 with `list-type=2`: the current objects after a marker, under a prefix, grouped by a delimiter. */
export function listObjects(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const { query } = request;
  const v2 = query["list-type"] === "2";
  const prefix = query.prefix ?? "";
  const delimiter = query.delimiter ?? "";
  const maxKeys = Math.min(Number(query["max-keys"] ?? "1000") || 0, 1000);
  const continuation = query["continuation-token"] === undefined ? undefined : Buffer.from(query["continuation-token"], "base64url").toString();
  const after = v2 ? (continuation ?? query["start-after"] ?? "") : (query.marker ?? "");
  const encode = query["encoding-type"] === "url" ? (text: string) => encodeURIComponent(text).replace(/%2F/g, "/") : (text: string) => text;
  const page = pageOf(bucket.currentObjects(), prefix, delimiter, after, maxKeys);

  const contents: XmlContent[] = page.contents.map((object) => ({
    Key: encode(object.key),
    LastModified: new Date(object.lastModified).toISOString(),
    ETag: object.etag,
    Size: object.body.length,
    StorageClass: object.storageClass,
    ...(v2 && query["fetch-owner"] !== "true" ? {} : { Owner: { ID: OWNER_ID } }),
  }));
  const common = {
    Name: bucket.name,
    Prefix: encode(prefix),
    Delimiter: delimiter ? encode(delimiter) : undefined,
    MaxKeys: maxKeys,
    EncodingType: query["encoding-type"],
    IsTruncated: page.truncated,
    Contents: contents,
    CommonPrefixes: page.prefixes.map((common) => ({ Prefix: encode(common) })),
  };
  if (v2) {
    const next = page.truncated && page.last !== undefined ? Buffer.from(page.last).toString("base64url") : undefined;
    return xmlReply("ListBucketResult", { ...common, KeyCount: contents.length + page.prefixes.length, ContinuationToken: query["continuation-token"], NextContinuationToken: next, StartAfter: query["start-after"] });
  }
  return xmlReply("ListBucketResult", { ...common, Marker: query.marker ?? "", NextMarker: page.truncated && delimiter ? page.last : undefined });
}

function pageOf(objects: StoredObject[], prefix: string, delimiter: string, after: string, maxKeys: number): Page {
  const page: Page = { contents: [], prefixes: [], truncated: false };
  for (const object of objects) {
    if (!object.key.startsWith(prefix) || Buffer.compare(Buffer.from(object.key), Buffer.from(after)) <= 0) continue;
    const cut = delimiter ? object.key.indexOf(delimiter, prefix.length) : -1;
    const common = cut < 0 ? undefined : object.key.slice(0, cut + delimiter.length);
    if (common !== undefined && common === page.prefixes.at(-1)) continue;
    if (common !== undefined && Buffer.compare(Buffer.from(common), Buffer.from(after)) <= 0) continue;
    if (page.contents.length + page.prefixes.length >= maxKeys) {
      page.truncated = true;
      break;
    }
    if (common === undefined) page.contents.push(object);
    else page.prefixes.push(common);
    page.last = common ?? object.key;
  }
  return page;
}

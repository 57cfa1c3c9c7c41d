import type { Answer } from "../../../transport/answer.ts";
import { createBucket, deleteBucket, getBucketAcl, getBucketLocation, getBucketVersioning, headBucket, listBuckets, putBucketEncryption, putBucketVersioning, putOwnershipControls } from "./bucket-operations.ts";
import { completeUpload } from "./complete-upload.ts";
import { copyObject } from "./copy-object.ts";
import { createUpload } from "./create-upload.ts";
import { deleteObject, deleteObjects } from "./delete-objects.ts";
import { getObject } from "./get-object.ts";
import { listObjects } from "./list-objects.ts";
import { listVersions } from "./list-versions.ts";
import { putObject } from "./put-object.ts";
import { emptyReply, errorReply } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import type { StoreContext } from "./store-context.ts";
import { uploadPart } from "./upload-part.ts";
import { uploadPartCopy } from "./upload-part-copy.ts";
import { abortUpload, listParts, listUploads } from "./upload-listings.ts";

type Operation = (request: S3Request, store: StoreContext) => Answer;

/** Bucket subresources by method; a request naming one the store lacks is 501 NotImplemented. */
const BUCKET_SUBRESOURCES: Record<string, Record<string, Operation>> = {
  GET: { versions: listVersions, uploads: listUploads, acl: getBucketAcl, versioning: getBucketVersioning, location: getBucketLocation },
  PUT: { versioning: putBucketVersioning, ownershipControls: putOwnershipControls, encryption: putBucketEncryption, acl: () => emptyReply(200) },
  POST: { delete: deleteObjects },
};

const KNOWN_SUBRESOURCES = ["acl", "cors", "delete", "encryption", "lifecycle", "location", "logging", "notification", "object-lock", "ownershipControls", "policy", "publicAccessBlock", "replication", "tagging", "uploads", "versioning", "versions", "website", "attributes", "restore", "select", "retention", "legal-hold", "torrent"];

/** Which S3 operation a path-style request is, and its answer. */
export function routeRequest(request: S3Request, store: StoreContext): Answer {
  if (request.bucket === undefined) return request.method === "GET" ? listBuckets(store) : notImplemented();
  return request.key === undefined ? routeBucket(request, store) : routeObject(request, store);
}

function routeBucket(request: S3Request, store: StoreContext): Answer {
  const { method, query } = request;
  const subresource = KNOWN_SUBRESOURCES.find((name) => name in query);
  if (subresource !== undefined) return BUCKET_SUBRESOURCES[method]?.[subresource]?.(request, store) ?? notImplemented();
  switch (method) {
    case "PUT":
      return createBucket(request, store);
    case "HEAD":
      return headBucket(request, store);
    case "DELETE":
      return deleteBucket(request, store);
    case "GET":
      return listObjects(request, store);
    default:
      return notImplemented();
  }
}

function routeObject(request: S3Request, store: StoreContext): Answer {
  const { method, query, headers } = request;
  const copies = headers["x-amz-copy-source"] !== undefined;
  if ("uploadId" in query) {
    if (method === "PUT") return copies ? uploadPartCopy(request, store) : uploadPart(request, store);
    if (method === "POST") return completeUpload(request, store);
    if (method === "DELETE") return abortUpload(request, store);
    if (method === "GET") return listParts(request, store);
    return notImplemented();
  }
  if (KNOWN_SUBRESOURCES.some((name) => name in query)) return method === "POST" && "uploads" in query ? createUpload(request, store) : notImplemented();
  switch (method) {
    case "PUT":
      return copies ? copyObject(request, store) : putObject(request, store);
    case "GET":
    case "HEAD":
      return getObject(request, store);
    case "DELETE":
      return deleteObject(request, store);
    default:
      return notImplemented();
  }
}

function notImplemented(): Answer {
  return errorReply(501, "NotImplemented");
}

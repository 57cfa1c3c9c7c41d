import type { Answer } from "../../../transport/answer.ts";
import { OWNER_ID } from "./acl-headers.ts";
import { emptyReply, errorReply, isRefusal, xmlReply } from "./replies.ts";
import type { S3Request } from "./s3-request.ts";
import { StoreBucket, type ObjectOwnership } from "./store-bucket.ts";
import { bucketOf, type StoreContext } from "./store-context.ts";
import { parseXmlBody } from "./xml.ts";

/** DNS-style bucket names of 3 to 63 characters (S3 user guide, bucket naming rules). */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

export function createBucket(request: S3Request, store: StoreContext): Answer {
  const name = request.bucket ?? "";
  if (!BUCKET_NAME.test(name) || name.includes("..")) return errorReply(400, "InvalidBucketName", { BucketName: name });
  if (store.buckets.has(name)) return errorReply(409, "BucketAlreadyOwnedByYou", { BucketName: name });
  store.buckets.set(name, new StoreBucket(name));
  return emptyReply(200, { location: `/${name}` });
}

export function headBucket(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  return isRefusal(bucket) ? bucket : emptyReply(200, { "x-amz-bucket-region": request.region });
}

/** DeleteBucket of an empty bucket; one holding any version is 409 BucketNotEmpty. */
export function deleteBucket(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  if (!bucket.isEmpty()) return errorReply(409, "BucketNotEmpty", { BucketName: bucket.name });
  store.buckets.delete(bucket.name);
  return emptyReply(204);
}

/** PutBucketVersioning: Enabled or Suspended; a bucket once versioned never returns to "never". */
export function putBucketVersioning(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const status = parseXmlBody(request.body, "VersioningConfiguration")?.Status;
  if (status !== "Enabled" && status !== "Suspended") return errorReply(400, "MalformedXML");
  bucket.versioning = status;
  return emptyReply(200);
}

export function getBucketVersioning(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  return xmlReply("VersioningConfiguration", { Status: bucket.versioning === "never" ? undefined : bucket.versioning });
}

/** PutBucketOwnershipControls: whether the bucket takes ACLs (anything but BucketOwnerEnforced). */
export function putOwnershipControls(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const rule = parseXmlBody(request.body, "OwnershipControls")?.Rule as Record<string, unknown> | undefined;
  const ownership = rule?.ObjectOwnership;
  if (ownership !== "BucketOwnerEnforced" && ownership !== "BucketOwnerPreferred" && ownership !== "ObjectWriter") return errorReply(400, "MalformedXML");
  bucket.ownership = ownership as ObjectOwnership;
  return emptyReply(200);
}

/** PutBucketEncryption: remembered only as "configured", which in-place copies look at. */
export function putBucketEncryption(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  bucket.explicitEncryption = true;
  return emptyReply(200);
}

/** GetBucketAcl: the owner alone, with full control. */
export function getBucketAcl(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  const owner = `<Owner><ID>${OWNER_ID}</ID></Owner>`;
  const grant = `<Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>${OWNER_ID}</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant>`;
  const body = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n<AccessControlPolicy xmlns="http://s3.amazonaws.com/doc/2006-03-01/">${owner}<AccessControlList>${grant}</AccessControlList></AccessControlPolicy>`);
  return { status: 200, headers: { "content-type": "application/xml" }, body };
}

export function getBucketLocation(request: S3Request, store: StoreContext): Answer {
  const bucket = bucketOf(store, request);
  if (isRefusal(bucket)) return bucket;
  return xmlReply("LocationConstraint", {});
}

export function listBuckets(store: StoreContext): Answer {
  const buckets = [...store.buckets.values()].map((bucket) => ({ Name: bucket.name, CreationDate: new Date(bucket.created).toISOString() }));
  return xmlReply("ListAllMyBucketsResult", { Owner: { ID: OWNER_ID }, Buckets: { Bucket: buckets } });
}

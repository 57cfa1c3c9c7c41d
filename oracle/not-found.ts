import type { ExpectedAnswer } from "./expected-answer.ts";

/** A read of a key that does not exist: 404 NoSuchKey naming the key (HEAD: 404 without a body). */
export function expectedNoSuchKey(key: string, method: "GET" | "HEAD"): ExpectedAnswer {
  if (method === "HEAD") return { status: 404, body: Buffer.alloc(0) };
  return { status: 404, code: "NoSuchKey", errorFields: { Key: key } };
}

/** Any object request to a bucket that does not exist: 404 NoSuchBucket naming the bucket. */
export function expectedNoSuchBucket(bucket: string, method: "GET" | "HEAD" | "PUT"): ExpectedAnswer {
  if (method === "HEAD") return { status: 404, body: Buffer.alloc(0) };
  return { status: 404, code: "NoSuchBucket", errorFields: { BucketName: bucket } };
}

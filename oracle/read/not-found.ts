import type { ExpectedAnswer } from "../expected-answer.ts";
import type { ReadRuleId } from "../rules/read-rules.ts";

/** A read of a key that does not exist: 404 NoSuchKey naming the key (HEAD: 404 without a body). */
export function decideNoSuchKey(key: string, method: "GET" | "HEAD"): ExpectedAnswer {
  const rule: ReadRuleId = "read.not-found.no-such-key";
  if (method === "HEAD") return { rule, status: 404, body: Buffer.alloc(0) };
  return { rule, status: 404, code: "NoSuchKey", errorFields: { Key: key } };
}

/** Any object request to a bucket that does not exist: 404 NoSuchBucket naming the bucket (HEAD: 404 without a body). */
export function decideNoSuchBucket(bucket: string, method: "GET" | "HEAD" | "PUT"): ExpectedAnswer {
  const rules: Record<typeof method, ReadRuleId> = {
    GET: "read.not-found.no-such-bucket",
    HEAD: "read.head.no-such-bucket",
    PUT: "put.not-found.no-such-bucket",
  };
  if (method === "HEAD") return { rule: rules.HEAD, status: 404, body: Buffer.alloc(0) };
  return { rule: rules[method], status: 404, code: "NoSuchBucket", errorFields: { BucketName: bucket } };
}

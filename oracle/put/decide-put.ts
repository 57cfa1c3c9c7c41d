import { singlePartEtag } from "../entity-tags.ts";
import type { ExpectedAnswer } from "../expected-answer.ts";
import type { WriteRuleId } from "../rules/write-rules.ts";
import { base64Md5, isWellFormedContentMd5 } from "./content-md5.ts";
import { evaluateWriteConditions, unimplementedWriteConditionAnswer, writeConditionRefusal } from "./write-conditions.ts";

/** PutObject of a plain object: 200, the quoted MD5 of the body as ETag, no body. */
export function decidePut(body: Buffer): ExpectedAnswer {
  return { rule: "put.success", status: 200, headers: { etag: singlePartEtag(body) }, body: Buffer.alloc(0) };
}

/** A set-up PutObject, whose answer is not what the case checks: the status of a write that stores, whatever its ETag. */
export function decideSetUpPut(): ExpectedAnswer {
  return { rule: "put.success", status: 200 };
}

/**
 * PutObject of a body sent with Content-MD5: malformed is 400 InvalidDigest echoing the value, a
 * digest of other bytes is 400 BadDigest, the right digest stores the object. `withFields` adds the
 * error elements AWS was recorded to send (PutObject renders ExpectedDigest in hex).
 */
export function decidePutWithContentMd5(body: Buffer, contentMd5: string, withFields = false): ExpectedAnswer {
  if (!isWellFormedContentMd5(contentMd5)) {
    const rule: WriteRuleId = "put.content-md5.invalid-digest";
    return { rule, status: 400, code: "InvalidDigest", ...(withFields ? { errorFields: { "Content-MD5": contentMd5 } } : {}) };
  }
  const calculated = base64Md5(body);
  if (calculated !== contentMd5) {
    const fields = { CalculatedDigest: calculated, ExpectedDigest: Buffer.from(contentMd5, "base64").toString("hex") };
    const rule: WriteRuleId = "put.content-md5.bad-digest";
    return { rule, status: 400, code: "BadDigest", ...(withFields ? { errorFields: fields } : {}) };
  }
  return decidePut(body);
}

/**
 * What a conditional write's If-Match / If-None-Match decide before the write itself (PutObject;
 * CopyObject applies the same pieces in its own order): the 501 for a form S3 does not implement,
 * else the refusal of a failed condition, else undefined (the write goes on and answers as it would
 * without them). `current` is the key's current object; a delete marker is absent.
 */
export function decideWriteConditions(current: { etag: string } | undefined, headers: Record<string, string>, key: string): ExpectedAnswer | undefined {
  return unimplementedWriteConditionAnswer(headers) ?? writeConditionRefusal(evaluateWriteConditions(current, headers), key);
}

import fc from "fast-check";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { headObject, plainObject, putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { malformedContentMd5 } from "../../../generators/malformed-content-md5.ts";
import { objectBody } from "../../../generators/object-body.ts";
import { fillBody } from "../../../generators/body-of-size.ts";
import { base64Md5 } from "../../../oracle/put/content-md5.ts";
import { decidePutWithContentMd5 } from "../../../oracle/put/decide-put.ts";
import { decideNoSuchKey } from "../../../oracle/read/decide-read.ts";

const KEY = "content-md5-object";

conformance(
  {
    id: "s3.put-object.content-md5.matching-digest-stored",
    protocol: "s3",
    operation: "PutObject",
    feature: "content-md5",
    requirement: "MUST",
    source: "aws-observed:put-content-md5-correct",
    title: "PutObject with the base64 MD5 of the body as Content-MD5 stores the object",
  },
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [objectBody()], async (body) => {
      const answer = await putObject(s3, bucket, plainObject(KEY, body), { "content-md5": base64Md5(body) });
      expectAnswer(answer, decidePutWithContentMd5(body, base64Md5(body)), "PUT with the right Content-MD5");
    });
  },
);

conformance(
  {
    id: "s3.put-object.content-md5.malformed-invalid-digest",
    protocol: "s3",
    operation: "PutObject",
    feature: "content-md5",
    requirement: "MUST",
    source: "aws-observed:put-content-md5-invalid-b64-11-bytes",
    title: "A Content-MD5 that is not base64 of 16 bytes is 400 InvalidDigest and stores nothing",
  },
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [objectBody({ maxSize: 4096 }), malformedContentMd5()], async (body, contentMd5) => {
      const answer = await putObject(s3, bucket, plainObject(KEY, body), { "content-md5": contentMd5 });
      expectAnswer(answer, decidePutWithContentMd5(body, contentMd5), `PUT with Content-MD5 ${JSON.stringify(contentMd5)}`);
      expectAnswer(await headObject(s3, bucket, KEY), decideNoSuchKey(KEY, "HEAD"), "HEAD after the rejected PUT");
    });
  },
);

conformance(
  {
    id: "s3.put-object.content-md5.mismatch-bad-digest",
    protocol: "s3",
    operation: "PutObject",
    feature: "content-md5",
    requirement: "MUST",
    source: "aws-observed:put-content-md5-mismatch",
    title: "A well-formed Content-MD5 of other bytes is 400 BadDigest and stores nothing",
  },
  async ({ run, s3, bucket }) => {
    // Two bodies that differ: the digest of the second is a well-formed Content-MD5 of other bytes.
    const differing = fc.tuple(objectBody({ maxSize: 4096 }), objectBody({ maxSize: 4096 })).filter(([body, other]) => !other.equals(body));
    await checkProperty({ run }, [differing], async ([body, other]) => {
      const contentMd5 = base64Md5(other);
      const answer = await putObject(s3, bucket, plainObject(KEY, body), { "content-md5": contentMd5 });
      expectAnswer(answer, decidePutWithContentMd5(body, contentMd5), "PUT with the MD5 of other bytes");
      expectAnswer(await headObject(s3, bucket, KEY), decideNoSuchKey(KEY, "HEAD"), "HEAD after the rejected PUT");
    });
  },
);

conformance(
  {
    id: "s3.put-object.content-md5.bad-digest-error-fields",
    protocol: "s3",
    operation: "PutObject",
    feature: "content-md5",
    requirement: "SHOULD",
    source: "aws-observed:put-content-md5-mismatch",
    title: "BadDigest names the calculated digest (base64) and the expected one (hex on PutObject)",
  },
  async ({ s3, bucket }) => {
    const body = Buffer.from("something");
    const contentMd5 = base64Md5(Buffer.from("something1"));
    const answer = await putObject(s3, bucket, plainObject(KEY, body), { "content-md5": contentMd5 });
    expectAnswer(answer, decidePutWithContentMd5(body, contentMd5, true), "PUT with the MD5 of other bytes");
  },
);

conformance(
  {
    id: "s3.put-object.content-md5.invalid-digest-echo",
    protocol: "s3",
    operation: "PutObject",
    feature: "content-md5",
    requirement: "SHOULD",
    source: "aws-observed:put-content-md5-invalid-garbage",
    title: "InvalidDigest echoes the Content-MD5 value in a Content-MD5 element",
  },
  async ({ s3, bucket }) => {
    const body = fillBody(9, 1);
    const answer = await putObject(s3, bucket, plainObject(KEY, body), { "content-md5": "__invalid__" });
    expectAnswer(answer, decidePutWithContentMd5(body, "__invalid__", true), "PUT with a malformed Content-MD5");
  },
);

import { expectAnswer } from "../../../harness/expect-answer.ts";
import { getObject, plainObject, putObject } from "../../../fixtures/s3-operations.ts";
import { conformance } from "../../../fixtures/test.ts";
import { expectedNoSuchBucket, expectedNoSuchKey } from "../../../oracle/not-found.ts";

conformance(
  {
    id: "s3.get-object.not-found.no-such-key",
    protocol: "s3",
    operation: "GetObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-observed:get-no-such-key-case-sensitive",
    title: "GetObject of a key that differs only in case from a stored one is 404 NoSuchKey naming the key",
  },
  async ({ s3, bucket }) => {
    expectAnswer(await putObject(s3, bucket, plainObject("camelCaseKey", Buffer.from("x"))), { status: 200 }, "PUT camelCaseKey");
    expectAnswer(await getObject(s3, bucket, "camelcasekey"), expectedNoSuchKey("camelcasekey", "GET"), "GET camelcasekey");
  },
);

conformance(
  {
    id: "s3.get-object.not-found.no-such-bucket",
    protocol: "s3",
    operation: "GetObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-observed:get-no-such-bucket",
    title: "GetObject in a bucket that does not exist is 404 NoSuchBucket naming the bucket",
  },
  async ({ s3, bucket }) => {
    const missing = `${bucket}-missing`;
    expectAnswer(await getObject(s3, missing, "foobar"), expectedNoSuchBucket(missing, "GET"), "GET in a missing bucket");
  },
);

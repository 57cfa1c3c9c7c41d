import { expectAnswer } from "../../../harness/expect-answer.ts";
import { plainObject, putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { decideNoSuchBucket } from "../../../oracle/read/decide-read.ts";

conformance(
  {
    id: "s3.put-object.not-found.no-such-bucket",
    protocol: "s3",
    operation: "PutObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
    title: "PutObject into a bucket that does not exist is 404 NoSuchBucket naming the bucket",
  },
  async ({ s3, bucket }) => {
    const missing = `${bucket}-missing`;
    const answer = await putObject(s3, missing, plainObject("key", Buffer.from("x")));
    expectAnswer(answer, decideNoSuchBucket(missing, "PUT"), "PUT into a missing bucket");
  },
);

import { expectAnswer } from "../../../harness/expect-answer.ts";
import { headObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { decideNoSuchBucket, decideNoSuchKey } from "../../../oracle/read/decide-read.ts";

conformance(
  {
    id: "s3.head-object.not-found.no-such-key",
    protocol: "s3",
    operation: "HeadObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-observed:head-no-such-key",
    title: "HeadObject of a missing key is 404 with no body",
  },
  async ({ s3, bucket }) => {
    expectAnswer(await headObject(s3, bucket, "doesnotexist"), decideNoSuchKey("doesnotexist", "HEAD"), "HEAD of a missing key");
  },
);

conformance(
  {
    id: "s3.head-object.not-found.no-such-bucket",
    protocol: "s3",
    operation: "HeadObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "HeadObject in a bucket that does not exist is 404 with no body",
  },
  async ({ s3, bucket }) => {
    const missing = `${bucket}-missing`;
    expectAnswer(await headObject(s3, missing, "key"), decideNoSuchBucket(missing, "HEAD"), "HEAD in a missing bucket");
  },
);

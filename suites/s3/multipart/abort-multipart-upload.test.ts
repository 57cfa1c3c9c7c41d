import { expectAnswer } from "../../../harness/expect-answer.ts";
import { abortUpload } from "../../../fixtures/s3/multipart-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { decideAbortMultipartUpload } from "../../../oracle/multipart/decide-multipart.ts";

conformance(
  {
    id: "s3.abort-multipart-upload.multipart.no-such-upload",
    protocol: "s3",
    operation: "AbortMultipartUpload",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html",
    title: "AbortMultipartUpload with an unknown upload id is 404 NoSuchUpload",
  },
  async ({ s3, bucket }) => {
    expectAnswer(await abortUpload(s3, bucket, "never-uploaded", "fakeid"), decideAbortMultipartUpload([], "never-uploaded", "fakeid"), "AbortMultipartUpload with upload id fakeid");
  },
);

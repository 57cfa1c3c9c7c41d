import { conformance } from "../../../fixtures/s3/test.ts";
import { encryptionEchoProperty } from "../../../checks/s3/read/sse-read-echo.ts";

conformance(
  {
    id: "s3.head-object.sse-kms.encryption-echoed",
    protocol: "s3",
    operation: "HeadObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "HeadObject of an SSE-KMS object needs no headers and echoes aws:kms and the key id",
    requires: ["kms-key"],
  },
  encryptionEchoProperty("HEAD", "sse-kms"),
);

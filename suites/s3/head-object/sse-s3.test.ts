import { conformance } from "../../../fixtures/s3/test.ts";
import { encryptionEchoProperty } from "../../../checks/s3/read/sse-read-echo.ts";

conformance(
  {
    id: "s3.head-object.sse-s3.encryption-echoed",
    protocol: "s3",
    operation: "HeadObject",
    feature: "sse-s3",
    requirement: "MUST",
    source: "aws-observed:put-default-sse-s3",
    title: "HeadObject of an object stored with SSE-S3, asked for or by the bucket default, echoes x-amz-server-side-encryption: AES256",
  },
  encryptionEchoProperty("HEAD", "sse-s3"),
);

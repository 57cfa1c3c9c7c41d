import { conformance } from "../../../fixtures/s3/test.ts";
import { encryptionEchoProperty } from "../../../checks/s3/read/sse-read-echo.ts";

conformance(
  {
    id: "s3.get-object.sse-s3.encryption-echoed",
    protocol: "s3",
    operation: "GetObject",
    feature: "sse-s3",
    requirement: "MUST",
    source: "aws-observed:put-default-sse-s3",
    title: "GetObject of an object stored with SSE-S3, asked for or by the bucket default, echoes x-amz-server-side-encryption: AES256",
  },
  encryptionEchoProperty("GET", "sse-s3"),
);

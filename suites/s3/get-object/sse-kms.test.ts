import { conformance } from "../../../fixtures/s3/test.ts";
import { encryptionEchoProperty } from "../../../checks/s3/read/sse-read-echo.ts";

conformance(
  {
    id: "s3.get-object.sse-kms.encryption-echoed",
    protocol: "s3",
    operation: "GetObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:get-kms-object",
    title: "GetObject of an SSE-KMS object needs no headers and echoes aws:kms and the key id",
    requires: ["kms-key"],
  },
  encryptionEchoProperty("GET", "sse-kms"),
);

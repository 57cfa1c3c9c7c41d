import { conformance } from "../../../fixtures/s3/test.ts";
import {
  headerFaultProperty,
  keyOnUnencryptedObjectProperty,
  rangeWithKeyProperty,
  withKeyProperty,
  withoutKeyProperty,
  wrongKeyProperty,
} from "../../../checks/s3/read/sse-c-read-properties.ts";

conformance(
  {
    id: "s3.get-object.sse-c.with-key",
    protocol: "s3",
    operation: "GetObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:get-ssec-valid",
    title: "GetObject of an SSE-C object with its key serves the plaintext, echoing the algorithm and key-MD5 and no x-amz-server-side-encryption",
    requires: ["sse-c"],
  },
  withKeyProperty("GET"),
);

conformance(
  {
    id: "s3.get-object.sse-c.without-key",
    protocol: "s3",
    operation: "GetObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:get-ssec-object-without-key",
    title: "GetObject of an SSE-C object without SSE-C headers is 400 InvalidRequest",
    requires: ["sse-c"],
  },
  withoutKeyProperty("GET"),
);

conformance(
  {
    id: "s3.get-object.sse-c.wrong-key",
    protocol: "s3",
    operation: "GetObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:get-ssec-wrong-key",
    title: "GetObject of an SSE-C object with another key, of 32 bytes or not, is 403 AccessDenied",
    requires: ["sse-c"],
  },
  wrongKeyProperty("GET"),
);

conformance(
  {
    id: "s3.get-object.sse-c.header-faults",
    protocol: "s3",
    operation: "GetObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:get-ssec-wrong-algorithm",
    title: "GetObject with faulty SSE-C headers (algorithm, missing header, key-MD5 of another key, key not base64) is refused as PutObject would be; a key length is not judged",
    requires: ["sse-c"],
  },
  headerFaultProperty("GET"),
);

conformance(
  {
    id: "s3.get-object.sse-c.range",
    protocol: "s3",
    operation: "GetObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html",
    title: "A ranged GetObject of an SSE-C object with its key serves the plaintext bytes of the range, 206 with Content-Range, clamped at the object's end",
    requires: ["sse-c"],
  },
  rangeWithKeyProperty("GET"),
);

conformance(
  {
    id: "s3.get-object.sse-c.key-on-unencrypted-object",
    protocol: "s3",
    operation: "GetObject",
    feature: "sse-c",
    requirement: "SHOULD",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html",
    title: "GetObject with SSE-C headers of an object not stored with SSE-C is 400 InvalidRequest",
    requires: ["sse-c"],
  },
  keyOnUnencryptedObjectProperty("GET"),
);

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
    id: "s3.head-object.sse-c.with-key",
    protocol: "s3",
    operation: "HeadObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:head-ssec-valid",
    title: "HeadObject of an SSE-C object with its key answers 200 with its length, echoing the algorithm and key-MD5 and no x-amz-server-side-encryption",
    requires: ["sse-c"],
  },
  withKeyProperty("HEAD"),
);

conformance(
  {
    id: "s3.head-object.sse-c.without-key",
    protocol: "s3",
    operation: "HeadObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "HeadObject of an SSE-C object without SSE-C headers is 400 without a body",
    requires: ["sse-c"],
  },
  withoutKeyProperty("HEAD"),
);

conformance(
  {
    id: "s3.head-object.sse-c.wrong-key",
    protocol: "s3",
    operation: "HeadObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:head-ssec-key-44-bytes",
    title: "HeadObject of an SSE-C object with another key, of 32 bytes or not, is 403 without a body",
    requires: ["sse-c"],
  },
  wrongKeyProperty("HEAD"),
);

conformance(
  {
    id: "s3.head-object.sse-c.header-faults",
    protocol: "s3",
    operation: "HeadObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:head-ssec-wrong-algorithm",
    title: "HeadObject with faulty SSE-C headers is refused with the status GetObject gives, without a body",
    requires: ["sse-c"],
  },
  headerFaultProperty("HEAD"),
);

conformance(
  {
    id: "s3.head-object.sse-c.range",
    protocol: "s3",
    operation: "HeadObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "A ranged HeadObject of an SSE-C object with its key answers the range's length, clamped at the object's end, with the SSE-C echo",
    requires: ["sse-c"],
  },
  rangeWithKeyProperty("HEAD"),
);

conformance(
  {
    id: "s3.head-object.sse-c.key-on-unencrypted-object",
    protocol: "s3",
    operation: "HeadObject",
    feature: "sse-c",
    requirement: "SHOULD",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html",
    title: "HeadObject with SSE-C headers of an object not stored with SSE-C is 400 without a body",
    requires: ["sse-c"],
  },
  keyOnUnencryptedObjectProperty("HEAD"),
);

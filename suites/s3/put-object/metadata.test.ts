import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject, headObject, putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { bodyOfSize } from "../../../generators/body-of-size.ts";
import { userMetadata } from "../../../generators/user-metadata.ts";
import { decidePut } from "../../../oracle/put/decide-put.ts";
import { decideNoSuchKey, decideReadBack } from "../../../oracle/read/decide-read.ts";

const METADATA_DOCS = "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMetadata.html";
const KEY = "metadata-object";

conformance(
  {
    id: "s3.put-object.metadata.round-trip",
    protocol: "s3",
    operation: "PutObject",
    feature: "metadata",
    requirement: "MUST",
    source: METADATA_DOCS,
    title: "Every x-amz-meta-* header written is given back by GetObject with its value unchanged",
  },
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [userMetadata(), bodyOfSize(4)], async (metadata, body) => {
      const object = { key: KEY, body, headers: {}, metadata };
      expectAnswer(await putObject(s3, bucket, object), decidePut(body), "PUT with user metadata");
      expectAnswer(await getObject(s3, bucket, KEY), decideReadBack(object, "GET"), "GET of an object with user metadata");
    });
  },
);

conformance(
  {
    id: "s3.put-object.metadata.too-large",
    protocol: "s3",
    operation: "PutObject",
    feature: "metadata",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
    title: "User metadata far over 2 KB is 400 MetadataTooLarge and stores nothing",
  },
  async ({ s3, bucket }) => {
    // 4 KiB: over the 2 KB limit however the names are counted, under the 8 KB header limit.
    const metadata = { big: "v".repeat(2048), bigger: "w".repeat(2048) };
    const object = { key: KEY, body: Buffer.from("x"), headers: {}, metadata };
    expectAnswer(await putObject(s3, bucket, object), { rule: "put.metadata.too-large", status: 400, code: "MetadataTooLarge" }, "PUT with 4 KiB of metadata");
    expectAnswer(await headObject(s3, bucket, KEY), decideNoSuchKey(KEY, "HEAD"), "HEAD after the rejected PUT");
  },
);

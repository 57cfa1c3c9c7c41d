import { describeKey } from "../../../fixtures/s3/describe-key.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject, plainObject, putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { bodyOfSize } from "../../../generators/body-of-size.ts";
import { keyOfExactLength } from "../../../generators/key-of-exact-length.ts";
import { objectKey } from "../../../generators/object-key.ts";
import type { ExpectedAnswer } from "../../../oracle/expected-answer.ts";
import { decidePut } from "../../../oracle/put/decide-put.ts";
import { decideReadBack } from "../../../oracle/read/decide-read.ts";

const KEY_NAMING = "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html";

/** The key reads back as written, byte for byte, under exactly that key. */
async function roundTrip(s3: Parameters<typeof putObject>[0], bucket: string, key: string, body: Buffer): Promise<void> {
  const object = plainObject(key, body);
  expectAnswer(await putObject(s3, bucket, object), decidePut(body), `PUT ${describeKey(key)}`);
  expectAnswer(await getObject(s3, bucket, key), decideReadBack(object, "GET"), `GET ${describeKey(key)}`);
}

conformance(
  {
    id: "s3.put-object.key.unicode-round-trip",
    protocol: "s3",
    operation: "PutObject",
    feature: "key",
    requirement: "MUST",
    source: KEY_NAMING,
    title: "Keys of unicode, spaces and URL-special characters are stored and read back unchanged",
  },
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [objectKey({ withSlashes: false }), bodyOfSize(16)], (key, body) => roundTrip(s3, bucket, key, body));
  },
);

conformance(
  {
    id: "s3.put-object.key.slashes-and-dot-segments",
    protocol: "s3",
    operation: "PutObject",
    feature: "key",
    requirement: "MUST",
    source: KEY_NAMING,
    title: "Slashes, empty segments (`a//b`) and `.` or `..` segments are part of the key, never path syntax",
  },
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [objectKey({ withSlashes: true }), bodyOfSize(16)], (key, body) => roundTrip(s3, bucket, key, body));
  },
);

conformance(
  {
    id: "s3.put-object.key.max-length-1024-bytes",
    protocol: "s3",
    operation: "PutObject",
    feature: "key",
    requirement: "MUST",
    source: KEY_NAMING,
    title: "A key of exactly 1024 UTF-8 bytes is accepted and read back",
  },
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [keyOfExactLength(1024), bodyOfSize(8)], (key, body) => roundTrip(s3, bucket, key, body), { maxRuns: 10 });
  },
);

conformance(
  {
    id: "s3.put-object.key.too-long",
    protocol: "s3",
    operation: "PutObject",
    feature: "key",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
    title: "A key of 1025 UTF-8 bytes is 400 KeyTooLongError",
  },
  async ({ run, s3, bucket }) => {
    const keyTooLong: ExpectedAnswer = { rule: "put.key.too-long", status: 400, code: "KeyTooLongError" };
    await checkProperty({ run }, [keyOfExactLength(1025), bodyOfSize(8)], async (key, body) => {
      expectAnswer(await putObject(s3, bucket, plainObject(key, body)), keyTooLong, "PUT with a 1025-byte key");
    }, { maxRuns: 5 });
  },
);

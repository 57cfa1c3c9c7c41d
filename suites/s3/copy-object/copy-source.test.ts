import fc from "fast-check";
import { copyObject, copySource } from "../../../fixtures/s3/copy-operations.ts";
import { describeKey } from "../../../fixtures/s3/describe-key.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject, headObject, plainObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { bodyOfSize, fillBody } from "../../../generators/body-of-size.ts";
import { plainConditionalHeaders } from "../../../generators/plain-conditional-headers.ts";
import { everyConditionCombination } from "../../../checks/s3/examples/every-condition-combination.ts";
import { copySourceKey, DIFFICULT_COPY_SOURCE_KEYS } from "../../../generators/copy-source-key.ts";
import { copyWorld, storeSource } from "../../../checks/s3/copy/store-source.ts";
import { withoutEncryptionEcho } from "../../../oracle/answer-filters.ts";
import { decideCopy, decideCopyReadBack } from "../../../oracle/copy/decide-copy.ts";
import { decideNoSuchKey } from "../../../oracle/read/decide-read.ts";

conformance(
  {
    id: "s3.copy-object.copy-source.difficult-keys",
    protocol: "s3",
    operation: "CopyObject",
    feature: "copy-source",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html",
    title: "A URL-encoded x-amz-copy-source names keys with %, +, ?, #, spaces, slashes and non-ASCII text, and the copy reads back byte for byte",
  },
  async (context) => {
    const { s3, bucket } = context;
    await checkProperty(context, [copySourceKey(), bodyOfSize(32)], async (key, body) => {
      const source = await storeSource(context, plainObject(key, body));
      const headers = { "x-amz-copy-source": copySource(bucket, key) };
      const outcome = decideCopy(copyWorld(source), { bucket, key: "copy-of-difficult-key", headers });
      expectAnswer(await copyObject(s3, bucket, "copy-of-difficult-key", headers), withoutEncryptionEcho(outcome.answer), `CopyObject from ${describeKey(key)}`);
      if (outcome.stored) {
        const expected = decideCopyReadBack(outcome.stored, "GET", headers);
        expectAnswer(await getObject(s3, bucket, "copy-of-difficult-key"), withoutEncryptionEcho(expected), "GET of the copy");
      }
    }, { maxRuns: 40, examples: DIFFICULT_COPY_SOURCE_KEYS.map((key, index) => [key, fillBody(32, index)]) });
  },
);

conformance(
  {
    id: "s3.copy-object.conditional.copy-source-conditions",
    protocol: "s3",
    operation: "CopyObject",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-observed:copy-src-cond-all-four-false",
    title: "x-amz-copy-source-if-* are evaluated in the read order and every failure is 412 PreconditionFailed naming the header, never 304",
  },
  async (context) => {
    const { s3, bucket } = context;
    const source = await storeSource(context, plainObject("source", Buffer.from("data")));
    const asCopySource = (headers: Record<string, string | undefined>): Record<string, string> =>
      Object.fromEntries(Object.entries(headers).map(([name, value]) => [`x-amz-copy-source-${name}`, value as string]));
    const conditions = plainConditionalHeaders(source).map(asCopySource);
    // The 81 absent/true/false combinations first, every run, as for GET and HEAD.
    const examples = everyConditionCombination(source).map((headers): [Record<string, string>] => [asCopySource(headers)]);
    await checkProperty(context, [conditions], async (conditionHeaders) => {
      const headers = { "x-amz-copy-source": copySource(bucket, "source"), ...conditionHeaders };
      const outcome = decideCopy(copyWorld(source), { bucket, key: "destination", headers });
      expectAnswer(await copyObject(s3, bucket, "destination", headers), withoutEncryptionEcho(outcome.answer), `CopyObject with ${JSON.stringify(conditionHeaders)}`);
    }, { examples, state: { etag: source.etag, lastModified: new Date(source.lastModified * 1000).toUTCString() } });
  },
);

conformance(
  {
    id: "s3.copy-object.copy-in-place.no-change-rejected",
    protocol: "s3",
    operation: "CopyObject",
    feature: "copy-in-place",
    requirement: "MUST",
    source: "aws-observed:copy-in-place-no-change",
    title: "Copying an object onto itself without changing anything (metadata headers without REPLACE, an ACL alone) is 400 InvalidRequest",
  },
  async (context) => {
    const { s3, bucket } = context;
    const source = await storeSource(context, { key: "in-place", body: Buffer.from('{"key": "value"}'), headers: { "content-type": "application/json" }, metadata: { key: "value" } });
    const variants = fc.constantFrom<Record<string, string>>({}, { "x-amz-meta-key": "value" }, { "x-amz-metadata-directive": "COPY" }, { "content-type": "text/plain" });
    await checkProperty(context, [variants], async (extra) => {
      const headers = { "x-amz-copy-source": copySource(bucket, "in-place"), ...extra };
      const outcome = decideCopy(copyWorld(source), { bucket, key: "in-place", headers });
      expectAnswer(await copyObject(s3, bucket, "in-place", headers), withoutEncryptionEcho(outcome.answer), `in-place CopyObject with ${JSON.stringify(extra)}`);
    }, { maxRuns: 8 });
  },
);

conformance(
  {
    id: "s3.copy-object.not-found.no-such-source-key",
    protocol: "s3",
    operation: "CopyObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-observed:copy-src-key-missing",
    title: "CopyObject from a key that does not exist is 404 NoSuchKey naming the source key",
  },
  async ({ s3, bucket }) => {
    const headers = { "x-amz-copy-source": copySource(bucket, "random-src-key") };
    const outcome = decideCopy(copyWorld("no-such-key"), { bucket, key: "destination", headers });
    expectAnswer(await copyObject(s3, bucket, "destination", headers), withoutEncryptionEcho(outcome.answer), "CopyObject from a missing key");
  },
);

conformance(
  {
    id: "s3.copy-object.not-found.no-such-source-bucket",
    protocol: "s3",
    operation: "CopyObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-observed:copy-src-bucket-missing",
    title: "CopyObject from a bucket that does not exist is 404 NoSuchBucket naming the source bucket",
  },
  async ({ s3, bucket }) => {
    const missing = `${bucket}-missing`;
    const headers = { "x-amz-copy-source": copySource(missing, "random-src-key") };
    const outcome = decideCopy(copyWorld("no-such-bucket"), { bucket, key: "destination", headers });
    expectAnswer(await copyObject(s3, bucket, "destination", headers), withoutEncryptionEcho(outcome.answer), "CopyObject from a missing bucket");
  },
);

conformance(
  {
    id: "s3.copy-object.copy-in-place.change-accepted",
    protocol: "s3",
    operation: "CopyObject",
    feature: "copy-in-place",
    requirement: "MUST",
    source: "aws-observed:copy-in-place-storage-class-and-checksum",
    title: "Copying an object onto itself with a storage class, a website redirect or a matching If-Match, even values it already has, is accepted",
  },
  async (context) => {
    const { s3, bucket } = context;
    const object = { key: "in-place", body: Buffer.from('{"key": "value"}'), headers: { "content-type": "application/json" }, metadata: { key: "value" } };
    const changes: Record<string, (etag: string) => Record<string, string>> = {
      "storage class": () => ({ "x-amz-storage-class": "STANDARD" }),
      "storage class, metadata without REPLACE": () => ({ "x-amz-storage-class": "STANDARD", "x-amz-meta-ignored": "under COPY" }),
      "website redirect": () => ({ "x-amz-website-redirect-location": "/in-place/redirect" }),
      "matching If-Match": (etag) => ({ "if-match": etag }),
    };
    await checkProperty(context, [fc.constantFrom(...Object.keys(changes))], async (change) => {
      // The object as it was before each input: a copy may have changed its redirect.
      const source = await storeSource(context, object);
      const sent = changes[change]?.(source.etag) ?? {};
      const headers = { "x-amz-copy-source": copySource(bucket, "in-place"), ...sent };
      const outcome = decideCopy(copyWorld(source), { bucket, key: "in-place", headers });
      const what = `in-place CopyObject with ${JSON.stringify(sent)}`;
      expectAnswer(await copyObject(s3, bucket, "in-place", headers), withoutEncryptionEcho(outcome.answer), what);
      if (outcome.stored) expectAnswer(await headObject(s3, bucket, "in-place"), withoutEncryptionEcho(decideCopyReadBack(outcome.stored, "HEAD", headers)), `HEAD after the ${what}`);
    }, { maxRuns: 8 });
  },
);

conformance(
  {
    id: "s3.copy-object.copy-source.malformed",
    protocol: "s3",
    operation: "CopyObject",
    feature: "copy-source",
    requirement: "MUST",
    source: "aws-observed:copy-src-wrong-format",
    title: "An x-amz-copy-source without a slash, so without a key, is 400 InvalidArgument naming x-amz-copy-source, and nothing is written",
  },
  async (context) => {
    const { s3, bucket } = context;
    const withoutKey = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{2,40}$/);
    const examples = [["wrongformat"], [bucket]];
    await checkProperty(context, [withoutKey], async (value) => {
      const headers = { "x-amz-copy-source": value };
      const outcome = decideCopy(copyWorld("no-such-key"), { bucket, key: "destination", headers });
      expectAnswer(await copyObject(s3, bucket, "destination", headers), withoutEncryptionEcho(outcome.answer), `CopyObject from ${JSON.stringify(value)}`);
      expectAnswer(await getObject(s3, bucket, "destination"), decideNoSuchKey("destination", "GET"), "GET of the destination after the refused copy");
    }, { examples, maxRuns: 10 });
  },
);

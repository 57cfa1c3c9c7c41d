import fc from "fast-check";
import { copySource } from "../../../fixtures/s3/copy-operations.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { completeUpload, createUpload } from "../../../fixtures/s3/multipart-operations.ts";
import { describeKey } from "../../../fixtures/s3/describe-key.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject, plainObject, storeReadable } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { bodyOfSize, fillBody } from "../../../generators/body-of-size.ts";
import { copySourceKey, DIFFICULT_COPY_SOURCE_KEYS } from "../../../generators/copy-source-key.ts";
import type { ConditionalHeaderValues } from "../../../generators/conditional-headers.ts";
import { plainConditionalHeaders } from "../../../generators/plain-conditional-headers.ts";
import { copySourceRange, type CopyRangeKind } from "../../../generators/copy-source-range.ts";
import { everyConditionCombination } from "../../../checks/s3/examples/every-condition-combination.ts";
import { uploadPartCopy } from "../../../fixtures/s3/multipart-operations.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { decideCompleteMultipartUpload, decideReadOfCompleted, decideUploadPartCopy, type MultipartUpload, type UploadPartCopyRequest } from "../../../oracle/multipart/decide-multipart.ts";

conformance(
  {
    id: "s3.upload-part-copy.copy-source-range.strict-grammar",
    protocol: "s3",
    operation: "UploadPartCopy",
    feature: "copy-source-range",
    requirement: "MUST",
    source: "aws-observed:upc-range-0-8",
    title: "UploadPartCopy copies bytes=first-last inside the source; a start past the end is 400 InvalidRequest, every other form 400 InvalidArgument naming the range",
  },
  async (context) => {
    const { s3, bucket } = context;
    const source = await storeReadable(s3, bucket, plainObject("source", fillBody(1000, 9)));
    const uploadId = await createUpload(s3, bucket, "target");
    const kind = fc.constantFrom<CopyRangeKind>("valid", "invalid-argument", "invalid-request");
    const input = fc.tuple(kind.chain((k) => copySourceRange(source.body.length, k)), fc.integer({ min: 1, max: 10_000 }));
    await checkProperty(context, [input], async ([range, partNumber]) => {
      const headers = { "x-amz-copy-source-range": range };
      const decision = decideUploadPartCopy([{ uploadId, key: "target", parts: new Map() }], { key: "target", uploadId, partNumber: String(partNumber), headers }, source, nowSeconds());
      const answer = await s3.send({ method: "PUT", bucket, key: "target", query: { partNumber: String(partNumber), uploadId }, headers: { "x-amz-copy-source": copySource(bucket, "source"), ...headers } });
      expectAnswer(answer, decision.answer, `UploadPartCopy with x-amz-copy-source-range ${range}`);
    }, { maxRuns: 40, examples: [[["bytes=0-8", 1]], [["bytes=1-", 2]], [["bytes=1000-1001", 3]]] });
  },
);

/** The read conditions as their copy-source twins: `if-match` becomes `x-amz-copy-source-if-match`. */
function asCopySource(headers: ConditionalHeaderValues): UploadPartCopyRequest["headers"] {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [`x-amz-copy-source-${name}`, value]));
}

conformance(
  {
    id: "s3.upload-part-copy.conditional.copy-source-conditions",
    protocol: "s3",
    operation: "UploadPartCopy",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-observed:upc-cond-im-true-ius-false",
    title: "UploadPartCopy evaluates x-amz-copy-source-if-* in the read order (a true If-Match skips If-Unmodified-Since) and every failure is 412 PreconditionFailed naming the header, never 304",
  },
  async (context) => {
    const { s3, bucket } = context;
    const source = await storeReadable(s3, bucket, plainObject("source", fillBody(100, 3)));
    const uploadId = await createUpload(s3, bucket, "target");
    const uploads = [{ uploadId, key: "target", parts: new Map() }];
    // The 81 absent/true/false combinations first, every run, as for CopyObject.
    const examples = everyConditionCombination(source).map((headers): [ConditionalHeaderValues] => [headers]);
    await checkProperty(context, [plainConditionalHeaders(source)], async (conditions) => {
      const headers = asCopySource(conditions);
      const decision = decideUploadPartCopy(uploads, { key: "target", uploadId, partNumber: "1", headers }, source, nowSeconds());
      const answer = await uploadPartCopy(s3, bucket, "target", uploadId, "1", { "x-amz-copy-source": copySource(bucket, "source"), ...headers } as Record<string, string>);
      expectAnswer(answer, decision.answer, `UploadPartCopy with ${JSON.stringify(headers)}`);
    }, { examples, state: { etag: source.etag, lastModified: new Date(source.lastModified * 1000).toUTCString() } });
  },
);

conformance(
  {
    id: "s3.upload-part-copy.multipart.no-such-upload",
    protocol: "s3",
    operation: "UploadPartCopy",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html",
    title: "UploadPartCopy from an existing source with an unknown upload id is 404 NoSuchUpload",
  },
  async ({ s3, bucket }) => {
    const source = await storeReadable(s3, bucket, plainObject("source", fillBody(10, 5)));
    const decision = decideUploadPartCopy([], { key: "target", uploadId: "fakeid", partNumber: "1", headers: {} }, source, nowSeconds());
    const answer = await uploadPartCopy(s3, bucket, "target", "fakeid", "1", { "x-amz-copy-source": copySource(bucket, "source") });
    expectAnswer(answer, decision.answer, "UploadPartCopy with upload id fakeid");
  },
);

const COPY = "copy-of-difficult-key";

conformance(
  {
    id: "s3.upload-part-copy.copy-source.difficult-keys",
    protocol: "s3",
    operation: "UploadPartCopy",
    feature: "copy-source",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html",
    title: "UploadPartCopy's URL-encoded x-amz-copy-source names keys with %, +, ?, #, spaces, slashes and non-ASCII text; the part is the source's bytes, as the completed object shows",
  },
  async (context) => {
    const { s3, bucket } = context;
    const examples = DIFFICULT_COPY_SOURCE_KEYS.map((key, index): [string, Buffer] => [key, fillBody(32, index)]);
    await checkProperty(context, [copySourceKey(), bodyOfSize(32)], async (key, body) => {
      const source = await storeReadable(s3, bucket, plainObject(key, body));
      const uploadId = await createUpload(s3, bucket, COPY);
      const upload: MultipartUpload = { uploadId, key: COPY, parts: new Map() };
      const copied = decideUploadPartCopy([upload], { key: COPY, uploadId, partNumber: "1", headers: {} }, source, nowSeconds());
      const answer = await uploadPartCopy(s3, bucket, COPY, uploadId, "1", { "x-amz-copy-source": copySource(bucket, key) });
      expectAnswer(answer, copied.answer, `UploadPartCopy from ${describeKey(key)}`);
      if (!copied.stored) return;
      const parts = new Map([[copied.stored.partNumber, copied.stored.part]]);
      const listed = [{ partNumber: 1, etag: copied.stored.part.etag }];
      const completed = decideCompleteMultipartUpload([{ ...upload, parts }], { bucket, key: COPY, uploadId, parts: listed, headers: {} }, { atCreate: null, writesSinceCreate: [] });
      expectAnswer(await completeUpload(s3, bucket, COPY, uploadId, listed), completed.answer, `CompleteMultipartUpload of the part copied from ${describeKey(key)}`);
      if (completed.object) expectAnswer(await getObject(s3, bucket, COPY), decideReadOfCompleted(completed.object), "GET of the completed copy");
    }, { maxRuns: 30, examples });
  },
);

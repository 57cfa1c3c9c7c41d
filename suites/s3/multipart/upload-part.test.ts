import fc from "fast-check";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { completeUpload, createUpload, uploadPart } from "../../../fixtures/s3/multipart-operations.ts";
import { checkProperty } from "../../../harness/property.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { bodyOfSize } from "../../../generators/body-of-size.ts";
import { malformedContentMd5 } from "../../../generators/malformed-content-md5.ts";
import { objectBody } from "../../../generators/object-body.ts";
import { asSetUpPart, decideCompleteMultipartUpload, decideUploadPart, type MultipartUpload, uploadedPart } from "../../../oracle/multipart/decide-multipart.ts";
import { base64Md5 } from "../../../oracle/put/content-md5.ts";

conformance(
  {
    id: "s3.upload-part.multipart.part-number-range",
    protocol: "s3",
    operation: "UploadPart",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-observed:upload-part-negative-number",
    title: "UploadPart takes part numbers 1 to 10000; any other is 400 InvalidArgument naming partNumber",
  },
  async (context) => {
    const { s3, bucket } = context;
    const uploadId = await createUpload(s3, bucket, "parts");
    const upload = { uploadId, key: "parts", parts: new Map() };
    const partNumber = fc.oneof(fc.constantFrom(1, 10_000, 0, 10_001, -1), fc.integer({ min: -5, max: 10_010 }));
    await checkProperty(context, [partNumber], async (number) => {
      const body = Buffer.from(`part ${number}`);
      const decision = decideUploadPart([upload], { key: "parts", uploadId, partNumber: String(number), body });
      // This case is about part numbers: of a success it checks the ETag, not the other answer headers.
      const expected = { ...decision.answer, headers: { etag: decision.answer.headers?.etag ?? null } };
      expectAnswer(await uploadPart(s3, bucket, "parts", uploadId, String(number), body), decision.answer.status === 200 ? expected : decision.answer, `UploadPart partNumber=${number}`);
    }, { maxRuns: 40 });
  },
);

conformance(
  {
    id: "s3.upload-part.multipart.no-such-upload",
    protocol: "s3",
    operation: "UploadPart",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-observed:upload-part-no-such-upload",
    title: "UploadPart with an unknown upload id is 404 NoSuchUpload naming the id",
  },
  async ({ s3, bucket }) => {
    const body = Buffer.from("data");
    const decision = decideUploadPart([], { key: "parts", uploadId: "fakeid", partNumber: "1", body });
    expectAnswer(await uploadPart(s3, bucket, "parts", "fakeid", "1", body), decision.answer, "UploadPart with upload id fakeid");
  },
);

conformance(
  {
    id: "s3.upload-part.content-md5.checked",
    protocol: "s3",
    operation: "UploadPart",
    feature: "content-md5",
    requirement: "MUST",
    source: "aws-observed:upload-part-content-md5-mismatch",
    title: "UploadPart stores a part whose Content-MD5 is its base64 MD5; a malformed one is 400 InvalidDigest, the MD5 of other bytes 400 BadDigest",
  },
  async (context) => {
    const { s3, bucket } = context;
    const uploadId = await createUpload(s3, bucket, "digested");
    const upload: MultipartUpload = { uploadId, key: "digested", parts: new Map() };
    type Digest = { kind: string; value?: string };
    const contentMd5 = fc.oneof(
      fc.constant<Digest>({ kind: "its own MD5" }),
      malformedContentMd5().map((value): Digest => ({ kind: "malformed", value })),
      fc.integer({ min: 0, max: 64 }).chain(bodyOfSize).map((other): Digest => ({ kind: "the MD5 of other bytes", value: base64Md5(other) })),
    );
    // One of each kind first, every run, with values as recorded (upload-part-content-md5-*).
    const test = Buffer.from("test");
    const examples: Array<[Buffer, Digest]> = [
      [test, { kind: "its own MD5" }],
      [test, { kind: "malformed", value: "__invalid__" }],
      [test, { kind: "the MD5 of other bytes", value: base64Md5(Buffer.from("test1")) }],
    ];
    await checkProperty(context, [objectBody({ maxSize: 4096 }), contentMd5], async (body, digest) => {
      const value = digest.value ?? base64Md5(body);
      const decision = decideUploadPart([upload], { key: "digested", uploadId, partNumber: "1", body, contentMd5: value });
      const answer = await uploadPart(s3, bucket, "digested", uploadId, "1", body, { "content-md5": value });
      expectAnswer(answer, decision.answer, `UploadPart of ${body.length} bytes with Content-MD5 ${JSON.stringify(value)} (${digest.kind})`);
    }, { maxRuns: 30, examples });
  },
);

conformance(
  {
    id: "s3.upload-part.multipart.upload-id-bound-to-key",
    protocol: "s3",
    operation: "UploadPart",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-observed:upload-part-wrong-key",
    title: "An upload id names its upload only with the key it was created for: UploadPart and CompleteMultipartUpload with another key are 404 NoSuchUpload",
  },
  async ({ s3, bucket }) => {
    const body = Buffer.from("part of key a");
    const uploadId = await createUpload(s3, bucket, "key-a");
    const open: MultipartUpload = { uploadId, key: "key-a", parts: new Map() };
    expectAnswer(await uploadPart(s3, bucket, "key-a", uploadId, "1", body), asSetUpPart(decideUploadPart([open], { key: "key-a", uploadId, partNumber: "1", body }).answer), "set-up UploadPart to key-a");
    const upload: MultipartUpload = { ...open, parts: new Map([[1, uploadedPart(body)]]) };
    const wrongKey = decideUploadPart([upload], { key: "key-b", uploadId, partNumber: "2", body });
    expectAnswer(await uploadPart(s3, bucket, "key-b", uploadId, "2", body), wrongKey.answer, "UploadPart to key-b with key-a's upload id");
    const listed = [{ partNumber: 1, etag: uploadedPart(body).etag }];
    const complete = decideCompleteMultipartUpload([upload], { bucket, key: "key-b", uploadId, parts: listed, headers: {} }, { atCreate: null, writesSinceCreate: [] });
    expectAnswer(await completeUpload(s3, bucket, "key-b", uploadId, listed), complete.answer, "CompleteMultipartUpload of key-b with key-a's upload id");
  },
);

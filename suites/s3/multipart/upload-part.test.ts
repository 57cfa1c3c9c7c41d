import fc from "fast-check";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { createUpload, uploadPart } from "../../../fixtures/multipart-operations.ts";
import { checkProperty } from "../../../harness/property.ts";
import { conformance } from "../../../fixtures/test.ts";
import { decideUploadPart } from "../../../oracle/upload-part.ts";

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

import fc from "fast-check";
import { copySource } from "../../../fixtures/copy-operations.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { createUpload } from "../../../fixtures/multipart-operations.ts";
import { checkProperty } from "../../../harness/property.ts";
import { plainObject, storeReadable } from "../../../fixtures/s3-operations.ts";
import { conformance } from "../../../fixtures/test.ts";
import { fillBody } from "../../../generators/bodyOfSize.ts";
import { copySourceRange, type CopyRangeKind } from "../../../generators/copySourceRange.ts";
import { decideUploadPartCopy } from "../../../oracle/upload-part-copy.ts";
import { nowSeconds } from "../shared/read-request.ts";

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
    }, { maxRuns: 40 });
  },
);

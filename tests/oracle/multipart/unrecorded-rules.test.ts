import { describe, expect, test } from "vitest";
import { RULES } from "../../../oracle/rules.ts";
import { MULTIPART_RULES } from "../../../oracle/rules/multipart-rules.ts";
import { type CompleteMultipartUploadRequest, decideAbortMultipartUpload, decideCompleteAgain, decideCompleteMultipartUpload, decideUploadPart, decideUploadPartCopy, type EndedUpload, type MultipartUpload, uploadedPart } from "../../../oracle/multipart/decide-multipart.ts";

// The rules of answers no aws-observed row records: which one the oracle names, and that it is declared.

const PART = Buffer.from("test");
const UPLOAD: MultipartUpload = { uploadId: "id-a", key: "a", parts: new Map([[1, uploadedPart(PART)]]) };
const LISTED = [{ partNumber: 1, etag: uploadedPart(PART).etag }];
const UNTOUCHED = { atCreate: null, writesSinceCreate: [] };
const SOURCE = { body: Buffer.from("0123456789"), etag: uploadedPart(Buffer.from("0123456789")).etag, lastModified: 1_000_000 };
const NOW = 1_000_100;

function complete(request: Partial<CompleteMultipartUploadRequest>, uploads = [UPLOAD], ended: EndedUpload[] = []) {
  return decideCompleteMultipartUpload(uploads, { bucket: "b", key: "a", uploadId: "id-a", parts: LISTED, headers: {}, ...request }, UNTOUCHED, ended).answer;
}

describe("the multipart oracle names the rule that decided each unrecorded answer", () => {
  test("an id of an ended upload is gone; an id of another key's open upload is other-key only where recorded", () => {
    const completed: EndedUpload[] = [{ uploadId: "id-a", key: "a", endedBy: "complete" }];
    const aborted: EndedUpload[] = [{ uploadId: "id-a", key: "a", endedBy: "abort" }];
    const part = { key: "a", uploadId: "id-a", partNumber: "2", body: PART };
    expect(decideUploadPart([], part, completed).answer.rule).toBe("multipart.upload-id.gone-after-complete");
    expect(decideUploadPart([], part, aborted).answer.rule).toBe("multipart.upload-id.gone-after-abort");
    expect(complete({}, [], aborted).rule).toBe("multipart.upload-id.gone-after-abort");
    expect(decideAbortMultipartUpload([], "a", "id-a", aborted).rule).toBe("multipart.upload-id.gone-after-abort");
    expect(decideUploadPart([UPLOAD], { ...part, key: "b" }).answer.rule).toBe("multipart.upload-id.other-key");
    const copy = { key: "b", uploadId: "id-a", partNumber: "1", headers: {} };
    expect(decideUploadPartCopy([UPLOAD], copy, SOURCE, NOW).answer.rule).toBe("multipart.upload-part-copy.no-such-upload");
    expect(decideAbortMultipartUpload([UPLOAD], "b", "id-a").rule).toBe("multipart.abort.no-such-upload");
    for (const answer of [decideUploadPart([], part, completed).answer, decideAbortMultipartUpload([UPLOAD], "b", "id-a")]) {
      expect(answer).toMatchObject({ status: 404, code: "NoSuchUpload", errorFields: { UploadId: "id-a" } });
    }
  });

  test("an empty parts list is a 400 (documented) whose code MalformedXML is a SHOULD of its own rule", () => {
    expect(complete({ parts: [] })).toEqual({
      rule: "multipart.complete.empty-parts-list",
      fieldRules: { "error:Code": "multipart.complete.empty-parts-list-malformed-xml" },
      status: 400,
      code: "MalformedXML",
    });
    expect(complete({ parts: undefined })).toMatchObject({ rule: "multipart.complete.no-parts-listed", code: "InvalidRequest" });
  });

  test("a Complete of a completed upload is NoSuchUpload, or the first answer repeated", () => {
    const first = decideCompleteMultipartUpload([UPLOAD], { bucket: "b", key: "a", uploadId: "id-a", parts: LISTED, headers: {} }, UNTOUCHED).object;
    if (!first) throw new Error("one listed part completes");
    expect(decideCompleteAgain("id-a", first, false)).toMatchObject({ rule: "multipart.complete.completed-again", status: 404, code: "NoSuchUpload" });
    expect(decideCompleteAgain("id-a", first, true)).toMatchObject({ rule: "multipart.complete.completed-again", status: 200, result: { fields: { ETag: first.etag } } });
  });

  test("a ranged copy's ETag is decided by the range rule, a whole copy's by the copy rule", () => {
    const whole = decideUploadPartCopy([UPLOAD], { key: "a", uploadId: "id-a", partNumber: "1", headers: {} }, SOURCE, NOW).answer;
    const ranged = decideUploadPartCopy([UPLOAD], { key: "a", uploadId: "id-a", partNumber: "1", headers: { "x-amz-copy-source-range": "bytes=0-1" } }, SOURCE, NOW).answer;
    expect([whole.rule, whole.fieldRules?.["result:ETag"]]).toEqual(["multipart.upload-part-copy.copied", "multipart.upload-part-copy.copied"]);
    expect([ranged.rule, ranged.fieldRules?.["result:ETag"]]).toEqual(["multipart.upload-part-copy.range-copied", "multipart.upload-part-copy.range-copied"]);
  });

  test("every multipart rule is in the merged catalogue", () => {
    expect(Object.keys(MULTIPART_RULES).filter((id) => !RULES.has(id))).toEqual([]);
  });
});

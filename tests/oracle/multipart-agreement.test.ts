import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { printAgreement } from "./print-agreement.ts";
import { loadAwsObservedRows, type AwsObservedRow } from "./aws-observed-rows.ts";
import { compareReplay, multipartRowAgreement } from "./multipart/multipart-row-agreement.ts";
import { replayComplete } from "./multipart/row-complete.ts";
import { replayUploadPartCopy } from "./multipart/row-upload-part-copy.ts";
import { multipartEtag, singlePartEtag } from "../../oracle/entity-tags.ts";

// The multipart oracle replayed against what real AWS S3 answered (../shared/aws-observed).

const OPERATIONS = ["CreateMultipartUpload", "UploadPart", "UploadPartCopy", "CompleteMultipartUpload"];
/** SSE-C and SSE-KMS rows belong to the encryption oracle. */
const FEATURES = ["headers", "content-md5", "multipart", "etag", "conditional", "copy-source-range", "conditional-write"];

const rows = loadAwsObservedRows();
const inScope = rows.filter((row) => OPERATIONS.includes(row.operation) && FEATURES.includes(row.feature));

function rowById(id: string): AwsObservedRow {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe("the multipart oracle agrees with AWS's recorded answers", () => {
  test("every in-scope row", () => {
    const disagreeing = printAgreement("Multipart rows", {}, inScope.map(multipartRowAgreement));

    expect(inScope.length).toBeGreaterThan(0);
    expect(disagreeing).toEqual([]);
  });

  test("a wrong oracle answer is reported as a disagreement", () => {
    const row = rowById("complete-wrong-part-number");
    const right = replayComplete(row);
    expect(compareReplay(row, right).differences).toEqual([]);
    const wrong = { ...right, expected: { ...right.expected, code: "InvalidPartOrder", errorFields: { ...right.expected.errorFields, PartNumber: "1" } } };
    expect(compareReplay(row, wrong).differences).toEqual(["error Code: AWS InvalidPart, oracle InvalidPartOrder", 'error <PartNumber>: AWS "2", oracle "1"']);
  });

  test("a rule that does not cite the row, or is not declared, is reported", () => {
    const row = rowById("complete-wrong-part-number");
    const right = replayComplete(row);
    expect(compareReplay(row, { ...right, expected: { ...right.expected, rule: "multipart.complete.part-order" } }).differences).toEqual([
      "rule multipart.complete.part-order: cites other rows than complete-wrong-part-number",
    ]);
    expect(compareReplay(row, { ...right, expected: { ...right.expected, rule: "multipart.complete.no-such-rule" } }).differences).toEqual([
      "rule multipart.complete.no-such-rule: not declared",
    ]);
  });

  test("a masked upload id must be the one the replay sent", () => {
    const row = rowById("complete-parts-out-of-order");
    const right = replayComplete(row);
    expect(compareReplay(row, { ...right, uploadId: "another-upload" }).differences).toEqual([
      `error <UploadId>: AWS "another-upload", oracle "${right.uploadId}"`,
    ]);
  });

  test("a wrong result ETag or part size is reported", () => {
    const row = rowById("upc-range-0-8");
    const right = replayUploadPartCopy(row);
    const result = right.expected.result;
    if (!result) throw new Error("UploadPartCopy succeeds");
    const wrong = { ...right, storedPartSize: 10, expected: { ...right.expected, result: { ...result, fields: { ...result.fields, ETag: '"781e5e245d69b566979b86e28d23f2c7"' } } } };
    expect(compareReplay(row, wrong).differences).toEqual([
      'result ETag: AWS "22975d8a5ed1b91445f6c55ac121505b", oracle "781e5e245d69b566979b86e28d23f2c7"',
      "part size: AWS 9, oracle 10",
    ]);
  });

  test("the multipart ETag is the MD5 of the parts' binary MD5s and the count, whether the part ETags are quoted or not", () => {
    const parts = [Buffer.from("first part"), Buffer.alloc(0), Buffer.from("third")];
    const digests = parts.map((part) => createHash("md5").update(part).digest());
    const expected = `"${createHash("md5").update(Buffer.concat(digests)).digest("hex")}-3"`;
    expect(multipartEtag(parts.map(singlePartEtag))).toBe(expected);
    expect(multipartEtag(digests.map((digest) => digest.toString("hex")))).toBe(expected);
  });
});

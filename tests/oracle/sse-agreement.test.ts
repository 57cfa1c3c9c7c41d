import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { loadAwsObservedRows, type AwsObservedRow } from "./aws-observed-rows.ts";
import { printAgreement } from "./print-agreement.ts";
import type { ExpectedAnswer } from "../../oracle/expected-answer.ts";
import { RULES } from "../../oracle/rules.ts";
import { SSE_RULES } from "../../oracle/rules/sse-rules.ts";
import { replaySseRow } from "./sse/row-sse-replay.ts";
import { compareSseReplay, sseRowAgreement } from "./sse/sse-row-agreement.ts";

// The SSE oracle replayed against what real AWS S3 answered (../shared/aws-observed).

const FEATURES = ["sse-c", "sse-kms", "sse-s3"];

const rows = loadAwsObservedRows();
const inScope = rows.filter((row) => FEATURES.includes(row.feature));

function rowById(id: string): AwsObservedRow {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe("the SSE oracle agrees with AWS's recorded answers", () => {
  test("every in-scope row of sse-c, sse-kms and sse-s3", () => {
    const disagreeing = printAgreement("SSE-C, SSE-KMS and SSE-S3 rows", {}, inScope.map(sseRowAgreement));

    expect(inScope.length).toBe(52);
    expect(disagreeing).toEqual([]);
  });

  test("every rule a row's answer names is declared, and every SSE rule is named by the answers to the rows it cites", () => {
    const named = new Map(inScope.map((row) => {
      const { answer } = replaySseRow(row);
      return [row.id, [answer.rule, ...Object.values(answer.fieldRules ?? {})]];
    }));
    expect([...named].flatMap(([id, rules]) => rules.filter((rule) => !RULES.has(rule)).map((rule) => `${id}: ${rule}`))).toEqual([]);
    const miscited = Object.entries(SSE_RULES).flatMap(([rule, { provenance }]) =>
      provenance.kind === "aws-recorded" ? provenance.rows.filter((id) => !named.get(id)?.includes(rule)).map((id) => `${rule} cites ${id}`) : [],
    );
    expect(miscited).toEqual([]);
  });

  test("each refusal names the rule of its own fault", () => {
    const statusRule = (id: string) => replaySseRow(rowById(id)).answer.rule;
    expect(statusRule("put-ssec-missing-algorithm")).toBe("sse-c.headers.missing-algorithm");
    expect(statusRule("put-ssec-missing-key")).toBe("sse-c.headers.missing-key");
    expect(statusRule("put-ssec-key-md5-mismatch")).toBe("sse-c.headers.key-md5-mismatch");
    expect(statusRule("put-ssec-key-44-bytes")).toBe("sse-c.write.key-length");
    expect(statusRule("head-ssec-key-44-bytes")).toBe("sse-c.read.wrong-key");
    expect(statusRule("upload-part-plain-on-ssec-upload")).toBe("sse-c.part.key-missing");
    expect(statusRule("upload-part-other-key-on-ssec-upload")).toBe("sse-c.part.other-key");
  });

  test("the ETag format and the key id's ARN form are SHOULD rules of their own, apart from the success rule", () => {
    const put = replaySseRow(rowById("put-kms-key-id-echoed-as-arn")).answer;
    expect(put.rule).toBe("sse.put.stored");
    expect(put.fieldRules?.etag).toBe("sse.etag.not-plaintext-md5");
    expect(put.fieldRules?.["x-amz-server-side-encryption-aws-kms-key-id"]).toBe("sse-kms.key-id-arn");
    const copy = replaySseRow(rowById("copy-ssec-source-to-ssec")).answer;
    expect(copy.fieldRules?.["result:ETag"]).toBe("sse.etag.not-plaintext-md5");
    expect([RULES.get("sse.etag.not-plaintext-md5")?.requirement, RULES.get("sse-kms.key-id-arn")?.requirement]).toEqual(["SHOULD", "SHOULD"]);
  });

  test("the not-MD5 ETag rule prints the same whatever the bytes, so its findings keep one signature", () => {
    const row = rowById("put-ssec-valid");
    const etagOf = (body: string) => replaySseRow({ ...row, request: { ...row.request, body } }).answer.headers?.etag;
    const md5Of = (body: string) => `"${createHash("md5").update(body).digest("hex")}"`;
    const [one, other] = [etagOf("one body"), etagOf("another body")];
    if (!(one instanceof RegExp) || !(other instanceof RegExp)) throw new Error("the SSE-C ETag rule is not a pattern");
    expect(String(one)).toBe(String(other));
    expect([one.test(md5Of("one body")), one.test(md5Of("another body")), other.test(md5Of("another body"))]).toEqual([false, true, false]);
  });

  /** The differences when the oracle's answer to a row is changed by `wrong`. */
  function differencesWith(id: string, wrong: (answer: ExpectedAnswer) => ExpectedAnswer): string[] {
    const row = rowById(id);
    const replay = replaySseRow(row);
    return compareSseReplay(row, { ...replay, answer: wrong(replay.answer) }).differences;
  }

  test("a wrong key check is reported: a 44-byte key on GET as 400", () => {
    expect(differencesWith("get-ssec-key-44-bytes", (answer) => ({ ...answer, status: 400, code: "InvalidArgument" }))).toEqual([
      "status: AWS 403, oracle 400",
      "error Code: AWS AccessDenied, oracle InvalidArgument",
    ]);
  });

  test("a wrong echo is reported: SSE-C answered with x-amz-server-side-encryption, without the key-MD5", () => {
    const differences = differencesWith("put-ssec-valid", (answer) => ({
      ...answer,
      headers: { ...answer.headers, "x-amz-server-side-encryption": "AES256", "x-amz-server-side-encryption-customer-key-md5": null },
    }));
    expect(differences).toEqual([
      'header x-amz-server-side-encryption-customer-key-MD5: AWS "JMwgiexXqwuPqIPjYFmIZQ==", oracle absent',
      'header x-amz-server-side-encryption: AWS absent, oracle "AES256"',
    ]);
  });

  test("an ETag rule is held to what the row describes: not the MD5 under SSE-C, the MD5 when a copy decrypts", () => {
    const md5OfBody = '"6af8307c2460f2d208ad254f04be4b0d"';
    expect(differencesWith("put-ssec-valid", (answer) => ({ ...answer, headers: { ...answer.headers, etag: md5OfBody } }))).toEqual([
      `header ETag: AWS a digest other than ${md5OfBody}, oracle ${md5OfBody}`,
    ]);
    const notMd5 = /^"(?!6af8307c2460f2d208ad254f04be4b0d")[0-9a-f]{32}"$/;
    expect(differencesWith("copy-ssec-source-to-plain", (answer) => ({ ...answer, result: { root: "CopyObjectResult", fields: { ETag: notMd5 } } }))).toEqual([
      `CopyObjectResult ETag: AWS ${md5OfBody}, oracle ${String(notMd5)}`,
    ]);
  });

  test("a key id echo is compared with the recorded ARN, filled with the replay's stand-ins", () => {
    const differences = differencesWith("put-kms-key-id-echoed-as-arn", (answer) => ({
      ...answer,
      headers: { ...answer.headers, "x-amz-server-side-encryption-aws-kms-key-id": "0b0c0d0e-1111-4222-8333-444455556666" },
    }));
    expect(differences).toEqual([
      'header x-amz-server-side-encryption-aws-kms-key-id: AWS "arn:aws:kms:us-east-1:111122223333:key/0b0c0d0e-1111-4222-8333-444455556666", oracle "0b0c0d0e-1111-4222-8333-444455556666"',
    ]);
  });

  test("a Complete ETag is held to the recorded part ETags, and the checksum elements to their absence", () => {
    const differences = differencesWith("complete-mpu-kms", (answer) => ({
      ...answer,
      result: { root: "CompleteMultipartUploadResult", fields: { ETag: '"8d777f385d3dfec8815d20f7496026dc-1"' } },
    }));
    expect(differences).toEqual([
      'CompleteMultipartUploadResult ETag: AWS "93a0cb8ec20934211e19adabef9a6407-1", oracle "8d777f385d3dfec8815d20f7496026dc-1"',
      "CompleteMultipartUploadResult: AWS no checksum elements, oracle does not say",
    ]);
  });
});

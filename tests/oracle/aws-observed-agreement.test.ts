import { describe, expect, test } from "vitest";
import { loadAwsObservedRows, type AwsObservedRow } from "./aws-observed-rows.ts";
import { recordingDifferences } from "./recording-differences.ts";
import { rowAgreement } from "./row-agreement.ts";
import { printAgreement } from "./print-agreement.ts";
import { oracleAnswerFor } from "./row-oracle-answer.ts";
import { rowRequest } from "./row-request.ts";

// The oracle replayed against what real AWS S3 answered (../shared/aws-observed).

const READ_FEATURES = ["conditional", "range", "response-overrides", "headers", "not-found"];
/** The features replayed, by operation. */
const SCOPE: Record<string, string[]> = {
  GetObject: READ_FEATURES,
  HeadObject: READ_FEATURES,
  PutObject: ["content-md5", "headers"],
};

/** Rows of the scope that need what this oracle does not model yet, with the reason. */
const EXCLUDED: Record<string, string> = {};

const rows = loadAwsObservedRows();
const candidates = rows.filter((row) => SCOPE[row.operation]?.includes(row.feature));
const inScope = candidates.filter((row) => !(row.id in EXCLUDED));

function rowById(id: string): AwsObservedRow {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe("the oracle agrees with AWS's recorded answers", () => {
  test("every exclusion names a row of the scope", () => {
    const unknown = Object.keys(EXCLUDED).filter((id) => !candidates.some((row) => row.id === id));
    expect(unknown).toEqual([]);
  });

  test("every in-scope row", () => {
    const disagreeing = printAgreement("GetObject, HeadObject and PutObject rows", EXCLUDED, inScope.map((row) => rowAgreement(row, rows)));

    expect(inScope.length).toBeGreaterThan(0);
    expect(disagreeing).toEqual([]);
  });

  test("a wrong oracle answer is reported as a disagreement", () => {
    const row = rowById("put-content-md5-mismatch");
    const wrong = { ...oracleAnswerFor(row, rows), status: 200 };
    expect(recordingDifferences(row.expect, wrong, rowRequest(row))).toContain("status: AWS 400, oracle 200");
  });

  test("a wrong header rule is reported as a disagreement", () => {
    const row = rowById("get-response-headers");
    const right = oracleAnswerFor(row, rows);
    const wrong = { ...right, headers: { ...right.headers, "content-type": "application/octet-stream" } };
    expect(recordingDifferences(row.expect, wrong, rowRequest(row))).toEqual([
      'header Content-Type: AWS "binary/octet-stream", oracle "application/octet-stream"',
    ]);
  });

  test("a multipart row without its recorded ETag cannot be replayed, so it disagrees", () => {
    const row = rowById("get-partnumber-2");
    const { etag: _etag, ...setup } = row.setup;
    expect(rowAgreement({ ...row, setup }, rows).differences).toEqual([
      "cannot replay: get-partnumber-2: the multipart upload's ETag is not recorded",
    ]);
  });

  test("a status the oracle leaves open agrees when the recorded one is among them", () => {
    const row = rowById("range-0-8");
    const right = oracleAnswerFor(row, rows);
    expect(recordingDifferences(row.expect, { ...right, status: [200, 206] }, rowRequest(row))).toEqual([]);
    expect(recordingDifferences(row.expect, { ...right, status: [200, 416] }, rowRequest(row))).toEqual(["status: AWS 206, oracle 200 or 416"]);
  });

  test("an absent-or rule accepts absence and that one value", () => {
    const rule = { absentOr: "bytes 0-9/10" };
    const ignored = rowById("range-reversed-1-0");
    const ranged = rowById("range-0-8");
    const answer = (row: AwsObservedRow) => {
      const right = oracleAnswerFor(row, rows);
      return { ...right, headers: { ...right.headers, "content-range": rule } };
    };
    expect(recordingDifferences(ignored.expect, answer(ignored), rowRequest(ignored))).toEqual([]);
    expect(recordingDifferences(ranged.expect, answer(ranged), rowRequest(ranged))).toEqual([
      'header Content-Range: AWS "bytes 0-8/10", oracle absent or "bytes 0-9/10"',
    ]);
  });
});

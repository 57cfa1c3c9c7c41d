import { describe, expect, test } from "vitest";
import { loadAwsObservedRows, type AwsObservedRow } from "./aws-observed-rows.ts";
import { recordingDifferences } from "./recording-differences.ts";
import { rowAgreement } from "./row-agreement.ts";
import { oracleAnswerFor } from "./row-oracle-answer.ts";
import { rowRequest } from "./row-request.ts";

// The oracle replayed against what real AWS S3 answered (../shared/aws-observed).

const OPERATIONS = ["PutObject", "GetObject", "HeadObject"];
const FEATURES = ["content-md5", "headers", "not-found"];

/** Rows of those operations and features that need what this oracle does not model yet. */
const EXCLUDED: Record<string, string> = {
  "range-headers-absent-when-unset": "a ranged GET (206): belongs to the range oracle",
  "get-current-is-delete-marker": "versioning: the current version is a delete marker",
  "get-version-id-is-delete-marker": "versioning: a delete marker addressed by versionId (405)",
  "get-bogus-version-id-unversioned": "versioning: a versionId on a never-versioned bucket (400)",
};

const rows = loadAwsObservedRows();
const candidates = rows.filter((row) => OPERATIONS.includes(row.operation) && FEATURES.includes(row.feature));
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
    console.log(`excluded ${Object.keys(EXCLUDED).length} rows:\n${Object.entries(EXCLUDED).map(([id, reason]) => `  ${id}: ${reason}`).join("\n")}`);
    const agreements = inScope.map((row) => rowAgreement(row, rows));
    const disagreeing = agreements.filter((agreement) => agreement.differences.length > 0);
    console.log(`oracle agreement: ${agreements.length - disagreeing.length}/${agreements.length}`);
    for (const { id, differences } of disagreeing) console.log(`  ${id}:\n    ${differences.join("\n    ")}`);
    const unchecked = agreements.filter((agreement) => agreement.unmodelled.length > 0);
    for (const { id, unmodelled } of unchecked) console.log(`  ${id}: recorded but not modelled: ${unmodelled.join(", ")}`);

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
});

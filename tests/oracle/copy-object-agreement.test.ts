import { describe, expect, test } from "vitest";
import { RULES } from "../../oracle/rules.ts";
import type { ExpectedAnswer } from "../../oracle/expected-answer.ts";
import { printAgreement } from "./print-agreement.ts";
import { loadAwsObservedRows, type AwsObservedRow } from "./aws-observed-rows.ts";
import { copyRowAgreement } from "./copy/copy-row-agreement.ts";
import { destinationDifferences, resultEtagDifferences, withoutParaphrases } from "./copy/copy-row-differences.ts";
import { RECORDED_DESTINATIONS } from "./copy/recorded-destinations.ts";
import { oracleCopyOutcome } from "./copy/row-copy-outcome.ts";
import { oraclePutConditionAnswer, putConditionAgreement } from "./copy/put-condition-agreement.ts";
import { recordingDifferences } from "./recording-differences.ts";
import { rowRequest } from "./row-request.ts";

// The CopyObject oracle replayed against what real AWS S3 answered (../shared/aws-observed).

/** The CopyObject features replayed; sse-c and sse-kms belong to the encryption rules. */
const FEATURES = ["conditional", "conditional-write", "copy-in-place", "copy-source", "etag", "metadata-directive", "not-found"];

const rows = loadAwsObservedRows();
const inScope = rows.filter((row) => row.operation === "CopyObject" && FEATURES.includes(row.feature));
/** PutObject's conditional writes: the write-condition oracle CopyObject shares, replayed on its own. */
const putConditions = rows.filter((row) => row.operation === "PutObject" && row.feature === "conditional-write");

function rowById(id: string): AwsObservedRow {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

describe("the copy oracle agrees with AWS's recorded CopyObject answers", () => {
  test("every recorded destination names a row of the scope", () => {
    expect(Object.keys(RECORDED_DESTINATIONS).filter((id) => !inScope.some((row) => row.id === id))).toEqual([]);
  });

  test("every in-scope row", () => {
    const disagreeing = printAgreement("CopyObject rows", {}, inScope.map((row) => copyRowAgreement(row, rows)));

    expect(inScope.length).toBeGreaterThan(0);
    expect(disagreeing).toEqual([]);
  });

  test("a wrong answer is reported as a disagreement", () => {
    // The in-place rule's 400 where AWS put the failed If-None-Match first.
    const row = rowById("copy-dest-inm-star-in-place");
    const wrong = { rule: "copy.in-place.no-change", status: 400, code: "InvalidRequest", errorFields: {} };
    expect(recordingDifferences(withoutParaphrases(row.expect), wrong, rowRequest(row))).toEqual([
      "status: AWS 412, oracle 400",
      "error Code: AWS PreconditionFailed, oracle InvalidRequest",
      'error <Condition>: AWS "If-None-Match", oracle names no such element',
    ]);
  });

  test("a wrong CopyObjectResult ETag and a wrong stored copy are reported", () => {
    const row = rowById("copy-multipart-source-etag-becomes-md5");
    const { answer } = oracleCopyOutcome(row, rows);
    const multipart = '"b972025bc34adf8d76d6d51e93c035cc-1"';
    const wrong = { ...answer, result: { root: "CopyObjectResult", fields: { ETag: multipart } } };
    expect(resultEtagDifferences(row.expect, wrong)).toEqual([`CopyObjectResult ETag: AWS "eee506dd7ada7ded524c77e359a0e7c6", oracle ${multipart}`]);

    const replaced = rowById("copy-directive-replace");
    const stored = oracleCopyOutcome(replaced, rows).stored;
    if (!stored) throw new Error("the oracle stored no copy");
    const keptSource = { ...stored, headers: { ...stored.headers, "content-language": "en-US" } };
    expect(destinationDifferences(RECORDED_DESTINATIONS[replaced.id], keptSource)).toEqual([
      'destination content-language: AWS null, oracle "en-US"',
    ]);
  });
});

describe("the write-condition oracle agrees with AWS's recorded PutObject conditional writes", () => {
  test("every PutObject conditional-write row", () => {
    const disagreeing = printAgreement("PutObject conditional-write rows", {}, putConditions.map(putConditionAgreement));

    expect(putConditions.length).toBe(15);
    expect(disagreeing).toEqual([]);
  });

  test("a wrong answer is reported: 412 where If-Match on an absent key is 404", () => {
    const row = rowById("put-im-key-absent");
    const wrong = { rule: "write.condition.if-match-failed", status: 412, code: "PreconditionFailed", errorFields: { Condition: "If-Match" } };
    expect(recordingDifferences(withoutParaphrases(row.expect), wrong, rowRequest(row))).toEqual([
      "status: AWS 404, oracle 412",
      "error Code: AWS NoSuchKey, oracle PreconditionFailed",
      'error <Key>: AWS "test-precondition", oracle names no such element',
      'error <Condition>: oracle "If-Match", AWS recorded no such element',
    ]);
  });
});

describe("the rules the replayed answers name", () => {
  /** Every rule id an answer names, for the main rule and each field. */
  const rulesOf = (answer: ExpectedAnswer) => [answer.rule, ...Object.values(answer.fieldRules ?? {})];

  test("every answer the replayed rows get names declared rules", () => {
    const named = [...inScope.flatMap((row) => rulesOf(oracleCopyOutcome(row, rows).answer)), ...putConditions.flatMap((row) => rulesOf(oraclePutConditionAnswer(row)))];
    expect(named.filter((id) => !RULES.has(id))).toEqual([]);
  });
});

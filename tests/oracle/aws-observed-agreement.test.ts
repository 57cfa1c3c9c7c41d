import { describe, expect, test } from "vitest";
import type { ExpectedAnswer } from "../../oracle/expected-answer.ts";
import { RULES } from "../../oracle/rules.ts";
import { READ_RULES } from "../../oracle/rules/read-rules.ts";
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

const rows = loadAwsObservedRows();
const inScope = rows.filter((row) => SCOPE[row.operation]?.includes(row.feature));

function rowById(id: string): AwsObservedRow {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
}

/** Every rule an answer names: the one deciding its status, and those deciding single fields. */
function rulesNamed(answer: ExpectedAnswer): string[] {
  return [answer.rule, ...Object.values(answer.fieldRules ?? {})];
}

describe("the oracle agrees with AWS's recorded answers", () => {
  test("every in-scope row", () => {
    const disagreeing = printAgreement("GetObject, HeadObject and PutObject rows", inScope.map((row) => rowAgreement(row, rows)));

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

  test("every answer names rules the rule tables declare", () => {
    const undeclared = inScope.flatMap((row) => rulesNamed(oracleAnswerFor(row, rows)).filter((id) => !RULES.has(id)).map((id) => `${row.id}: ${id}`));
    expect(undeclared).toEqual([]);
  });

  test("every row a read rule cites exists, and its replay names that rule", () => {
    const miscited = Object.entries(READ_RULES).flatMap(([id, { provenance }]) =>
      provenance.kind !== "aws-recorded"
        ? []
        : provenance.rows.flatMap((rowId) => {
            const row = rows.find((candidate) => candidate.id === rowId);
            if (!row) return [`${id}: no row ${rowId}`];
            if (!inScope.includes(row)) return [`${id}: row ${rowId} is not replayed here`];
            const named = rulesNamed(oracleAnswerFor(row, rows));
            return named.includes(id) ? [] : [`${id}: the replay of ${rowId} names ${named.join(", ")}`];
          }),
    );
    expect(miscited).toEqual([]);
  });

  test("every row is cited by a rule its replay names", () => {
    const citesRow = (id: string, rowId: string) => {
      const provenance = RULES.get(id)?.provenance;
      return provenance?.kind === "aws-recorded" && provenance.rows.includes(rowId);
    };
    const uncited = inScope.flatMap((row) => {
      const named = rulesNamed(oracleAnswerFor(row, rows));
      return named.some((id) => citesRow(id, row.id)) ? [] : [`${row.id}: ${[...new Set(named)].join(", ")}`];
    });
    expect(uncited).toEqual([]);
  });

  test("a read rule that rests on an RFC alone names the RFC and claims nothing of AWS", () => {
    const claims = Object.entries(READ_RULES).filter(([, { statement, provenance }]) =>
      provenance.kind === "rfc" ? !statement.startsWith(`RFC ${provenance.rfc}: `) || /\b(AWS|S3)\b/.test(statement) : statement.startsWith("RFC "),
    );
    expect(claims.map(([id]) => id)).toEqual([]);
  });
});

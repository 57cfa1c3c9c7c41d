import type { AwsObservedRow } from "./aws-observed-rows.ts";
import { recordingDifferences, unmodelledHeaders } from "./recording-differences.ts";
import { oracleAnswerFor } from "./row-oracle-answer.ts";
import { rowRequest } from "./row-request.ts";

export interface RowAgreement {
  id: string;
  /** Empty when the oracle agrees with AWS; a row that cannot be replayed disagrees. */
  differences: string[];
  /** Recorded headers nothing checks yet. */
  unmodelled: string[];
}

/** Replays one row through the oracle and compares the oracle's answer with AWS's. */
export function rowAgreement(row: AwsObservedRow, rows: AwsObservedRow[]): RowAgreement {
  try {
    const expected = oracleAnswerFor(row, rows);
    return {
      id: row.id,
      differences: recordingDifferences(row.expect, expected, rowRequest(row)),
      unmodelled: unmodelledHeaders(row.expect, expected),
    };
  } catch (error) {
    return { id: row.id, differences: [`cannot replay: ${(error as Error).message}`], unmodelled: [] };
  }
}

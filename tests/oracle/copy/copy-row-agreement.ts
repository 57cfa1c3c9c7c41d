import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { recordingDifferences, unmodelledHeaders } from "../recording-differences.ts";
import type { RowAgreement } from "../row-agreement.ts";
import { rowRequest } from "../row-request.ts";
import { destinationDifferences, resultEtagDifferences, withoutParaphrases } from "./copy-row-differences.ts";
import { RECORDED_DESTINATIONS } from "./recorded-destinations.ts";
import { oracleCopyOutcome } from "./row-copy-outcome.ts";

/**
 * Replays one CopyObject row through the copy oracle: the answer (status, Code, error elements,
 * headers), the CopyObjectResult ETag where the row records it, and what a later read of the
 * destination showed where the notes say.
 */
export function copyRowAgreement(row: AwsObservedRow, rows: AwsObservedRow[]): RowAgreement {
  try {
    const { answer, stored } = oracleCopyOutcome(row, rows);
    return {
      id: row.id,
      differences: [
        ...recordingDifferences(withoutParaphrases(row.expect), answer, rowRequest(row)),
        ...resultEtagDifferences(row.expect, answer),
        ...destinationDifferences(RECORDED_DESTINATIONS[row.id], stored),
      ],
      unmodelled: unmodelledHeaders(row.expect, answer),
    };
  } catch (error) {
    return { id: row.id, differences: [`cannot replay: ${(error as Error).message}`], unmodelled: [] };
  }
}

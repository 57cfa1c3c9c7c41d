import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { recordingDifferences, unmodelledHeaders } from "../recording-differences.ts";
import type { RowAgreement } from "../row-agreement.ts";
import { rowRequest } from "../row-request.ts";
import type { MultipartReplay } from "./multipart-replay.ts";
import { resultDifferences } from "./result-differences.ts";
import { ruleCitationDifferences } from "./rule-citation.ts";
import { replayComplete } from "./row-complete.ts";
import { replayCreate } from "./row-create.ts";
import { replayUploadPartCopy } from "./row-upload-part-copy.ts";
import { replayUploadPart } from "./row-upload-part.ts";
import { withUploadId } from "./row-upload-id.ts";

const REPLAYS: Record<string, (row: AwsObservedRow) => MultipartReplay> = {
  CreateMultipartUpload: replayCreate,
  UploadPart: replayUploadPart,
  UploadPartCopy: replayUploadPartCopy,
  CompleteMultipartUpload: replayComplete,
};

/** A multipart row through the multipart oracle, compared with AWS's answer; a row that cannot be replayed disagrees. */
export function multipartRowAgreement(row: AwsObservedRow): RowAgreement {
  try {
    const replay = REPLAYS[row.operation];
    if (!replay) throw new Error(`${row.id}: operation ${row.operation} is not a multipart one`);
    return compareReplay(row, replay(row));
  } catch (error) {
    return { id: row.id, differences: [`cannot replay: ${(error as Error).message}`], unmodelled: [] };
  }
}

/**
 * The comparison of a replay with its row: the answer as recorded (masked upload ids standing for the
 * replayed one), the result document, and the rules the answer names, which must cite the row.
 */
export function compareReplay(row: AwsObservedRow, replay: MultipartReplay): RowAgreement {
  const recorded = withUploadId(row.expect, replay.uploadId);
  const result = resultDifferences(recorded, replay);
  return {
    id: row.id,
    differences: [...recordingDifferences(recorded, replay.expected, rowRequest(row)), ...result.differences, ...ruleCitationDifferences(row.id, replay.expected)],
    unmodelled: [...unmodelledHeaders(recorded, replay.expected), ...result.unmodelled],
  };
}

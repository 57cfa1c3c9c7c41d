import type { AwsObservedRow, RecordedAnswer } from "../aws-observed-rows.ts";
import { recordingDifferences, unmodelledHeaders } from "../recording-differences.ts";
import type { RowAgreement } from "../row-agreement.ts";
import { rowRequest } from "../row-request.ts";
import { describesEtag, etagDifference, isTemplate, resultDifferences, templateDifference } from "./recorded-sse-claims.ts";
import { replaySseRow, type SseReplay } from "./row-sse-replay.ts";

/**
 * Replays one encryption row through the SSE oracle: status, Code, error elements and headers as
 * every agreement test compares them, then what the row describes rather than records exactly
 * (ETags that are not the MD5, key ARNs with a masked account, a result without checksums).
 */
export function sseRowAgreement(row: AwsObservedRow): RowAgreement {
  try {
    return compareSseReplay(row, replaySseRow(row));
  } catch (error) {
    return { id: row.id, differences: [`cannot replay: ${(error as Error).message}`], unmodelled: [] };
  }
}

/** The comparison of a replay (the oracle's, or a deliberately wrong one) with its row. */
export function compareSseReplay(row: AwsObservedRow, replay: SseReplay): RowAgreement {
  const { answer } = replay;
  const exact: RecordedAnswer["headers"] = {};
  const differences: string[] = [];
  for (const [name, value] of Object.entries(row.expect.headers)) {
    const rule = answer.headers?.[name.toLowerCase()];
    const difference =
      value !== null && name.toLowerCase() === "etag" && describesEtag(value)
        ? etagDifference("header ETag", value, rule, replay)
        : isTemplate(value)
          ? templateDifference(name, value, rule, replay)
          : null;
    if (difference === null) exact[name] = value;
    else if (difference !== undefined) differences.push(difference);
  }
  differences.unshift(...recordingDifferences({ ...row.expect, headers: exact }, answer, rowRequest(row)));
  if (typeof row.expect.body === "string") differences.push(...resultDifferences(row.expect.body, answer, replay));
  return { id: row.id, differences, unmodelled: unmodelledHeaders(row.expect, answer) };
}

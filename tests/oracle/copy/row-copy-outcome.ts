import type { CopySourceObject } from "../../../oracle/copy/copy-source.ts";
import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { WRITTEN_AT } from "../row-clock.ts";
import { copyRequestOf } from "./row-copy-request.ts";
import { copySourceBefore } from "./row-copy-source.ts";
import { copyWorldOf } from "./row-copy-world.ts";
import { type CopiedObject, type CopyOutcome, type CopySourceState, decideCopy } from "../../../oracle/copy/decide-copy.ts";
import { singlePartEtag } from "../../../oracle/entity-tags.ts";

/**
 * Rows that copy what an earlier row of the same test wrote, by that row and the metadata key their
 * setup says the object has: the earlier copy, as the oracle decided it, is their source.
 */
const STARTS_FROM: Record<string, { row: string; metadataKey: string }> = {
  // "state after previous row (meta key2=value2)"
  "copy-in-place-copy-directive-plus-storage-class": { row: "copy-in-place-replace-new-metadata", metadataKey: "key2" },
  // "has x-amz-meta-key2": the test's next copy after the one above, which kept the metadata
  "copy-in-place-replace-empty": { row: "copy-in-place-copy-directive-plus-storage-class", metadataKey: "key2" },
};

/** The oracle's outcome for a CopyObject row in the row's setup. Throws when the row needs what it does not model. */
export function oracleCopyOutcome(row: AwsObservedRow, rows: AwsObservedRow[]): CopyOutcome {
  const source = sourceOf(row, rows);
  return decideCopy(copyWorldOf(row, source), copyRequestOf(row, typeof source === "string" ? undefined : source));
}

function sourceOf(row: AwsObservedRow, rows: AwsObservedRow[]): CopySourceState {
  const earlier = STARTS_FROM[row.id];
  if (!earlier) return copySourceBefore(row, rows);
  const earlierRow = rows.find((candidate) => candidate.id === earlier.row);
  const stored = earlierRow && oracleCopyOutcome(earlierRow, rows).stored;
  if (!stored || !(earlier.metadataKey in stored.metadata)) throw new Error(`${row.id}: ${earlier.row} did not leave the object the setup describes`);
  return sourceFromCopy(stored);
}

/** A copy read back as the next copy's source: written just now, its ETag the MD5 under SSE-S3. */
function sourceFromCopy(stored: CopiedObject): CopySourceObject {
  if (stored.encryption !== "AES256") throw new Error("an SSE-KMS copy's ETag is not known");
  return { ...stored, etag: singlePartEtag(stored.body), lastModified: WRITTEN_AT };
}

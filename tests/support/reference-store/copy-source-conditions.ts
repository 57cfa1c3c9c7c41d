import { judgeConditions } from "./preconditions.ts";
import { asRefusal, emptyReply, errorReply, type Refusal } from "./replies.ts";
import type { StoreFaults } from "./store-faults.ts";
import type { StoredObject } from "./stored-object.ts";

/**
 * The `x-amz-copy-source-if-*` conditions against the source, for CopyObject and UploadPartCopy. The
 * read order and matching rules hold, but every failure is 412 PreconditionFailed naming the header
 * in mixed case, never 304 (aws-observed README, B). Undefined when the copy may go on.
 */
export function refusedCopySource(source: StoredObject, headers: Record<string, string>, faults: StoreFaults): Refusal | undefined {
  const conditions = {
    "if-match": faults.copySourceIfMatchIgnored ? undefined : headers["x-amz-copy-source-if-match"],
    "if-unmodified-since": headers["x-amz-copy-source-if-unmodified-since"],
    "if-none-match": headers["x-amz-copy-source-if-none-match"],
    "if-modified-since": headers["x-amz-copy-source-if-modified-since"],
  };
  const verdict = judgeConditions(source.etag, source.lastModified / 1000, conditions, Math.floor(Date.now() / 1000));
  if (verdict.kind === "proceed") return undefined;
  if (verdict.kind === "not-modified" && verdict.condition === "If-None-Match" && faults.copySourceIfNoneMatchNotModified) {
    return asRefusal(emptyReply(304, { etag: source.etag }));
  }
  return errorReply(412, "PreconditionFailed", { Condition: `x-amz-copy-source-${verdict.condition}` });
}

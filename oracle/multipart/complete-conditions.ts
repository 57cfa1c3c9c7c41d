import { ifMatchHolds } from "../entity-tags.ts";
import type { ExpectedAnswer } from "../expected-answer.ts";
import type { MultipartRuleId } from "../rules/multipart-rules.ts";

/** A write to a key: a PUT (or a completed upload) giving it this quoted ETag, or a DELETE. */
export type KeyWrite = { kind: "put"; etag: string } | { kind: "delete" };

/**
 * What CompleteMultipartUpload's conditions look at: the key when the upload was created, and the
 * writes to it since, oldest first. A delete marker counts as no object.
 */
export interface KeyHistory {
  /** The key's quoted ETag at CreateMultipartUpload; null when it did not exist. */
  atCreate: string | null;
  writesSinceCreate: readonly KeyWrite[];
}

/** The key's quoted ETag now, or null when it does not exist. */
export function currentEtag(history: KeyHistory): string | null {
  const last = history.writesSinceCreate.at(-1);
  if (last === undefined) return history.atCreate;
  return last.kind === "put" ? last.etag : null;
}

export interface CompleteConditions {
  "if-match"?: string;
  "if-none-match"?: string;
}

/**
 * CompleteMultipartUpload's answer to its conditional headers, or undefined when the write may go
 * ahead (aws-observed README, C; complete-inm-*, complete-im-*). First the condition against the key
 * now: `If-None-Match: *` on an existing key is 412; `If-Match` on a missing key is 404 NoSuchKey and
 * on another ETag 412. A condition that holds still fails with 409 ConditionalRequestConflict when
 * the key was written or deleted after CreateMultipartUpload, even with the same bytes. Without a
 * condition such writes do not matter (not recorded, nothing conditions the write). Unrecorded for
 * Complete and refused here: `If-None-Match` other than `*` (501 on PutObject), `If-Match: *` and both headers.
 */
export function completeConditionFailure(history: KeyHistory, key: string, conditions: CompleteConditions): ExpectedAnswer | undefined {
  const ifMatch = conditions["if-match"];
  const ifNoneMatch = conditions["if-none-match"];
  if (ifMatch !== undefined && ifNoneMatch !== undefined) throw new Error("undecided: If-Match with If-None-Match on CompleteMultipartUpload");
  if (ifNoneMatch !== undefined && ifNoneMatch.trim() !== "*") throw new Error(`undecided: If-None-Match ${ifNoneMatch} on CompleteMultipartUpload`);
  if (ifMatch !== undefined && ifMatch.trim() === "*") throw new Error("undecided: If-Match: * on CompleteMultipartUpload");
  const condition = ifMatch !== undefined ? "If-Match" : ifNoneMatch !== undefined ? "If-None-Match" : undefined;
  if (condition === undefined) return undefined;

  const current = currentEtag(history);
  if (ifNoneMatch !== undefined && current !== null) return preconditionFailed("multipart.complete.if-none-match-key-exists", condition);
  if (ifMatch !== undefined) {
    if (current === null) return { rule: "multipart.complete.if-match-key-missing", status: 404, code: "NoSuchKey", errorFields: { Key: key } };
    if (!ifMatchHolds(ifMatch, current)) return preconditionFailed("multipart.complete.if-match-other-etag", condition);
  }
  if (history.writesSinceCreate.length > 0) {
    const errorFields = { Condition: condition, Key: key };
    return { rule: "multipart.complete.key-written-during-upload", status: 409, code: "ConditionalRequestConflict", errorFields };
  }
  return undefined;
}

/** Whether Complete carries a condition on the key (If-Match or If-None-Match). */
export function isConditionalComplete(conditions: CompleteConditions): boolean {
  return conditions["if-match"] !== undefined || conditions["if-none-match"] !== undefined;
}

function preconditionFailed(rule: MultipartRuleId, condition: string): ExpectedAnswer {
  return { rule, status: 412, code: "PreconditionFailed", errorFields: { Condition: condition } };
}

import { strongMatch } from "./entity-tag-list.ts";
import { errorReply, type Refusal } from "./replies.ts";

/** The condition headers of a write, from the headers or, on a presigned URL, the query. */
export function writeConditionsOf(headers: Record<string, string>, query: Record<string, string>): { ifMatch?: string; ifNoneMatch?: string } {
  const ifMatch = headers["if-match"] ?? query["If-Match"];
  const ifNoneMatch = headers["if-none-match"] ?? query["If-None-Match"];
  return { ...(ifMatch !== undefined ? { ifMatch } : {}), ...(ifNoneMatch !== undefined ? { ifNoneMatch } : {}) };
}

/**
 * 501 NotImplemented for the write conditions S3 does not implement, naming them in `<Header>`: both
 * together, If-None-Match other than `*`, If-Match `*` (aws-observed put-im-and-inm, put-inm-etag-value,
 * put-im-star). Decided by the values alone, before anything is looked up.
 */
export function unimplementedCondition(conditions: { ifMatch?: string; ifNoneMatch?: string }): Refusal | undefined {
  const { ifMatch, ifNoneMatch } = conditions;
  if (ifMatch !== undefined && ifNoneMatch !== undefined) return errorReply(501, "NotImplemented", { Header: "If-Match,If-None-Match" });
  if (ifNoneMatch !== undefined && ifNoneMatch.trim() !== "*") return errorReply(501, "NotImplemented", { Header: "If-None-Match" });
  if (ifMatch?.trim() === "*") return errorReply(501, "NotImplemented", { Header: "If-Match" });
  return undefined;
}

export type WriteVerdict = { kind: "proceed"; ifMatchHeld: boolean } | { kind: "refused"; answer: Refusal };

/**
 * The write conditions against the key's current ETag (undefined: absent, also behind a delete
 * marker). `If-None-Match: *` fails on an object; If-Match on no object is 404 NoSuchKey, on
 * another ETag 412 (aws-observed README, C).
 */
export function judgeWrite(currentEtag: string | undefined, conditions: { ifMatch?: string; ifNoneMatch?: string }, key: string): WriteVerdict {
  if (conditions.ifNoneMatch !== undefined && currentEtag !== undefined) return refused(412, "PreconditionFailed", { Condition: "If-None-Match" });
  if (conditions.ifMatch === undefined) return { kind: "proceed", ifMatchHeld: false };
  if (currentEtag === undefined) return refused(404, "NoSuchKey", { Key: key });
  if (!strongMatch(conditions.ifMatch, currentEtag)) return refused(412, "PreconditionFailed", { Condition: "If-Match" });
  return { kind: "proceed", ifMatchHeld: true };
}

function refused(status: number, code: string, fields: Record<string, string>): WriteVerdict {
  return { kind: "refused", answer: errorReply(status, code, fields) };
}

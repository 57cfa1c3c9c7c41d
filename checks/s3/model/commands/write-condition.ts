import { FOREIGN_ETAG } from "./etag-condition.ts";

/**
 * The write conditions the model sends (PutObject, CopyObject, CompleteMultipartUpload): none,
 * `If-None-Match: *`, or `If-Match` with the key's current ETag or another one. These are the values
 * S3 implements; the rest are 501 (aws-observed copy-dest-inm-etag-value) and stay out of the model.
 */
export const WRITE_CONDITIONS = ["none", "if-none-match-star", "if-match-current", "if-match-other"] as const;
export type WriteCondition = (typeof WRITE_CONDITIONS)[number];

export function writeConditionHeaders(condition: WriteCondition, currentEtag: string | undefined): Record<string, string> {
  switch (condition) {
    case "none":
      return {};
    case "if-none-match-star":
      return { "if-none-match": "*" };
    case "if-match-current":
      return { "if-match": currentEtag ?? FOREIGN_ETAG };
    case "if-match-other":
      return { "if-match": FOREIGN_ETAG };
  }
}

/**
 * The write-condition forms S3 does not implement, each answered 501 NotImplemented naming the header
 * (put-inm-etag-value, put-im-star, put-im-and-inm): If-None-Match with an ETag (the key's own, or
 * another), If-Match: `*`, and both headers together.
 */
export const UNIMPLEMENTED_WRITE_CONDITIONS = ["if-none-match-current", "if-none-match-other", "if-match-star", "if-match-and-if-none-match"] as const;
export type UnimplementedWriteCondition = (typeof UNIMPLEMENTED_WRITE_CONDITIONS)[number];

export function unimplementedConditionHeaders(condition: UnimplementedWriteCondition, currentEtag: string | undefined): Record<string, string> {
  switch (condition) {
    case "if-none-match-current":
      return { "if-none-match": currentEtag ?? FOREIGN_ETAG };
    case "if-none-match-other":
      return { "if-none-match": FOREIGN_ETAG };
    case "if-match-star":
      return { "if-match": "*" };
    case "if-match-and-if-none-match":
      return { "if-match": currentEtag ?? FOREIGN_ETAG, "if-none-match": "*" };
  }
}

/** Any condition a write may carry, implemented or not: what the conditional-write cases draw from. */
export type AnyWriteCondition = WriteCondition | UnimplementedWriteCondition;
export const ANY_WRITE_CONDITIONS: readonly AnyWriteCondition[] = [...WRITE_CONDITIONS, ...UNIMPLEMENTED_WRITE_CONDITIONS];

export function anyConditionHeaders(condition: AnyWriteCondition, currentEtag: string | undefined): Record<string, string> {
  return (WRITE_CONDITIONS as readonly string[]).includes(condition)
    ? writeConditionHeaders(condition as WriteCondition, currentEtag)
    : unimplementedConditionHeaders(condition as UnimplementedWriteCondition, currentEtag);
}

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

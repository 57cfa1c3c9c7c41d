import { FOREIGN_ETAG } from "./write-condition.ts";

/**
 * The copy-source conditions the model sends with CopyObject and UploadPartCopy: entity tags only, as
 * a date condition's outcome would hang on the clock rather than on the commands before it.
 */
export const SOURCE_CONDITIONS = ["none", "if-match-current", "if-match-other", "if-none-match-current", "if-none-match-other"] as const;
export type SourceCondition = (typeof SOURCE_CONDITIONS)[number];

export function sourceConditionHeaders(condition: SourceCondition, sourceEtag: string): Record<string, string> {
  switch (condition) {
    case "none":
      return {};
    case "if-match-current":
      return { "x-amz-copy-source-if-match": sourceEtag };
    case "if-match-other":
      return { "x-amz-copy-source-if-match": FOREIGN_ETAG };
    case "if-none-match-current":
      return { "x-amz-copy-source-if-none-match": sourceEtag };
    case "if-none-match-other":
      return { "x-amz-copy-source-if-none-match": FOREIGN_ETAG };
  }
}

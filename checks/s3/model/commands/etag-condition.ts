/** An ETag no object the model writes can have: generated bodies never hash to it. */
export const FOREIGN_ETAG = '"00000000000000000000000000000000"';

/**
 * The entity-tag conditions the model sends with GetObject (`if-*`) and, as copy-source conditions
 * (`x-amz-copy-source-if-*`), with CopyObject and UploadPartCopy: tags only, as a date condition's
 * outcome would hang on the clock rather than on the commands before it.
 */
export const ETAG_CONDITIONS = ["none", "if-match-current", "if-match-other", "if-none-match-current", "if-none-match-other"] as const;
export type EtagCondition = (typeof ETAG_CONDITIONS)[number];

/** The prefix of the copy-source twins of the conditional headers. */
export const COPY_SOURCE_PREFIX = "x-amz-copy-source-";

/** The condition's header, named with `prefix` (`x-amz-copy-source-` for a copy source), against the object's ETag. */
export function etagConditionHeaders(condition: EtagCondition, etag: string, prefix = ""): Record<string, string> {
  switch (condition) {
    case "none":
      return {};
    case "if-match-current":
      return { [`${prefix}if-match`]: etag };
    case "if-match-other":
      return { [`${prefix}if-match`]: FOREIGN_ETAG };
    case "if-none-match-current":
      return { [`${prefix}if-none-match`]: etag };
    case "if-none-match-other":
      return { [`${prefix}if-none-match`]: FOREIGN_ETAG };
  }
}

/** What UploadPartCopy makes of an `x-amz-copy-source-range` for a source of a given size. */
export type CopySourceRangeOutcome =
  | { kind: "whole" }
  | { kind: "slice"; first: number; last: number }
  /** 400 InvalidArgument naming the header, with the value as sent. */
  | { kind: "invalid-argument" }
  /** 400 InvalidRequest without ArgumentName: the start lies at or past the end of the source. */
  | { kind: "start-beyond-source" };

const FIRST_LAST = /^bytes=(\d+)-(\d+)$/;

/**
 * Stricter than GetObject's Range (aws-observed README, D): only `bytes=first-last` with
 * first <= last is read, and it must lie inside the source; nothing is clamped or ignored. Open ends,
 * suffixes, several ranges, no `bytes=` unit or a reversed span are InvalidArgument
 * (upc-range-invalid-*), and so is an end past the source (upc-range-end-beyond-size); a start past
 * it is InvalidRequest (upc-range-start-beyond-size). Unrecorded, and decided here by the same rule:
 * a start equal to the size, any range on an empty source (both start-beyond-source), and a reversed
 * span that also starts past the end (invalid-argument: the form is judged before the bounds).
 */
export function resolveCopySourceRange(header: string | undefined, size: number): CopySourceRangeOutcome {
  if (header === undefined) return { kind: "whole" };
  const match = FIRST_LAST.exec(header);
  if (!match) return { kind: "invalid-argument" };
  const first = Number(match[1]);
  const last = Number(match[2]);
  if (first > last) return { kind: "invalid-argument" };
  if (first >= size) return { kind: "start-beyond-source" };
  if (last >= size) return { kind: "invalid-argument" };
  return { kind: "slice", first, last };
}

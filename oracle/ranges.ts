/** What a Range header asks of an object of a given size, as S3 applies the grammar. */
export type RangeOutcome =
  | { kind: "whole" }
  | { kind: "partial"; first: number; last: number }
  | { kind: "unsatisfiable" };

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

/**
 * S3 honours one byte range: `first-last`, `first-` and `-suffix`. An end past the object and a
 * suffix longer than it are clamped (aws-observed range-end-beyond-size-clamped, range-suffix-15-clamped);
 * a start at or past the end, or `-0`, is unsatisfiable (range-start-beyond-size, range-suffix-zero).
 * Anything else, reversed ranges, several ranges, no `bytes=` unit, is ignored and the whole
 * object served (range-reversed-1-0, range-multi, range-no-unit, range-dash-only, range-malformed-*).
 */
export function resolveRange(header: string | undefined, size: number): RangeOutcome {
  if (header === undefined) return { kind: "whole" };
  const match = SINGLE_RANGE.exec(header);
  if (!match) return { kind: "whole" };
  const [, firstText = "", lastText = ""] = match;
  if (firstText === "" && lastText === "") return { kind: "whole" };
  if (firstText === "") {
    const suffix = Number(lastText);
    if (suffix === 0) return { kind: "unsatisfiable" };
    // RFC 9110 14.1.1 calls this satisfiable, other suites expect 200 or 416, AWS was not recorded.
    if (size === 0) throw new Error("undecided: a suffix range on an empty object (generators do not ask it)");
    return { kind: "partial", first: Math.max(0, size - suffix), last: size - 1 };
  }
  const first = Number(firstText);
  // Only a written end can make a range reversed: `first-` with first past the end is unsatisfiable.
  if (lastText !== "" && Number(lastText) < first) return { kind: "whole" };
  if (first >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", first, last: lastText === "" ? size - 1 : Math.min(Number(lastText), size - 1) };
}

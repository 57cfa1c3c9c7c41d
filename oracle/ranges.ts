import type { ReadRuleId } from "./rules/read-rules.ts";

/**
 * What a Range header asks of an object of a given size, as S3 applies the grammar, and the rule
 * that decides it (absent for no Range at all).
 */
export type RangeOutcome =
  | { kind: "whole"; rule?: ReadRuleId }
  | { kind: "partial"; first: number; last: number; rule: ReadRuleId }
  | { kind: "unsatisfiable"; rule: ReadRuleId };

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;
/** Several ranges, each of the single-range form: `bytes=0-1,3-4`. */
const SEVERAL_RANGES = /^bytes=\d*-\d*(\s*,\s*\d*-\d*)+$/;

/**
 * S3 honours one byte range: `first-last`, `first-` and `-suffix`. An end past the object and a
 * suffix longer than it are clamped (aws-observed range-end-beyond-size-clamped, range-suffix-15-clamped);
 * a start at or past the end, or `-0`, is unsatisfiable (range-start-beyond-size, range-suffix-zero;
 * on an empty object by RFC 9110 14.1.1 alone). Anything else, reversed ranges, several ranges, no
 * `bytes=` unit, is ignored and the whole object served (range-reversed-1-0, range-multi,
 * range-no-unit, range-dash-only, range-malformed-*).
 */
export function resolveRange(header: string | undefined, size: number): RangeOutcome {
  if (header === undefined) return { kind: "whole" };
  const match = SINGLE_RANGE.exec(header);
  if (!match) return { kind: "whole", rule: SEVERAL_RANGES.test(header) ? "read.range.multiple" : "read.range.malformed" };
  const [, firstText = "", lastText = ""] = match;
  if (firstText === "" && lastText === "") return { kind: "whole", rule: "read.range.malformed" };
  if (firstText === "") {
    const suffix = Number(lastText);
    if (suffix === 0) return { kind: "unsatisfiable", rule: "read.range.suffix-zero" };
    // RFC 9110 14.1.1 calls this satisfiable, other suites expect 200 or 416, AWS was not recorded.
    if (size === 0) throw new Error("undecided: a suffix range on an empty object (generators do not ask it)");
    if (suffix > size) return { kind: "partial", first: 0, last: size - 1, rule: "read.range.suffix-clamped" };
    return { kind: "partial", first: size - suffix, last: size - 1, rule: "read.range.suffix" };
  }
  const first = Number(firstText);
  // Only a written end can make a range reversed: `first-` with first past the end is unsatisfiable.
  if (lastText !== "" && Number(lastText) < first) return { kind: "whole", rule: "read.range.reversed" };
  if (first >= size) return { kind: "unsatisfiable", rule: size === 0 ? "read.range.empty-object" : "read.range.start-beyond-end" };
  if (lastText === "") return { kind: "partial", first, last: size - 1, rule: "read.range.partial" };
  const last = Number(lastText);
  if (last >= size) return { kind: "partial", first, last: size - 1, rule: "read.range.end-clamped" };
  return { kind: "partial", first, last, rule: "read.range.partial" };
}

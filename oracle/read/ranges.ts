import type { ReadRuleId } from "../rules/read-rules.ts";

/**
 * What a Range header asks of an object of a given size, as S3 applies the grammar, and the rule
 * that decides it (absent for no Range at all). `ignored-or-refused` is a Range the specification
 * lets a server either ignore (200 with the whole object) or reject (416).
 */
export type RangeOutcome =
  | { kind: "whole"; rule?: ReadRuleId }
  | { kind: "partial"; first: number; last: number; rule: ReadRuleId }
  | { kind: "unsatisfiable"; rule: ReadRuleId }
  | { kind: "ignored-or-refused"; rule: ReadRuleId };

/** `unit=set`: the unit is everything before the first `=`. */
const UNIT_AND_SET = /^([^=]*)=(.*)$/s;
/** A token (RFC 9110 5.6.2), which a range unit is. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** A list (RFC 9110 5.6.1): elements without whitespace, empty ones allowed, OWS only around the commas. */
const LIST = /^[^,\s]*(?:[ \t]*,[ \t]*[^,\s]*)*$/;
const BYTE_RANGE = /^(\d*)-(\d*)$/;

/**
 * S3 honours one byte range: `first-last`, `first-` and `-suffix`. An end past the object and a
 * suffix longer than it are clamped (aws-observed range-end-beyond-size-clamped, range-suffix-15-clamped);
 * a start at or past the end, or `-0`, is unsatisfiable (range-start-beyond-size, range-suffix-zero;
 * on an empty object by RFC 9110 14.1.1 alone). Reversed ranges, several ranges, no `bytes=` unit
 * and malformed positions are ignored and the whole object served (range-reversed-1-0, range-multi,
 * range-no-unit, range-dash-only, range-malformed-*). What no recording decides follows RFC 9110:
 * an unknown unit is ignored (14.2); a unit in other case, leading zeros and empty list elements or
 * whitespace around commas leave the range what it is (14.1, 14.1.1, 5.6.1); any other break of the
 * grammar may be ignored or rejected (14.2).
 */
export function resolveRange(header: string | undefined, size: number): RangeOutcome {
  if (header === undefined) return { kind: "whole" };
  const specifier = UNIT_AND_SET.exec(header);
  if (!specifier) return { kind: "whole", rule: "read.range.malformed" };
  const [, unit = "", set = ""] = specifier;
  if (!TOKEN.test(unit) || !LIST.test(set)) return { kind: "ignored-or-refused", rule: "read.range.invalid-specifier" };
  if (unit.toLowerCase() !== "bytes") return { kind: "whole", rule: "read.range.unknown-unit" };
  const elements = set.split(",").map((element) => element.trim());
  const ranges = elements.filter((element) => element !== "");
  if (ranges.length === 0) return { kind: "ignored-or-refused", rule: "read.range.invalid-specifier" };
  if (ranges.length > 1) return { kind: "whole", rule: ranges.every((range) => BYTE_RANGE.test(range)) ? "read.range.multiple" : "read.range.malformed" };

  const outcome = resolveByteRange(ranges[0] ?? "", size);
  if (outcome.kind !== "partial" && outcome.kind !== "unsatisfiable") return outcome;
  const variant = unit !== "bytes" ? "read.range.unit-case" : ranges.length !== elements.length || /\s/.test(set) ? "read.range.list-syntax" : hasLeadingZero(ranges[0] ?? "") ? "read.range.leading-zeros" : undefined;
  return variant === undefined ? outcome : { ...outcome, rule: variant };
}

/** One byte-range-spec of a `bytes=` Range, as S3 was recorded to read it. */
function resolveByteRange(spec: string, size: number): RangeOutcome {
  const match = BYTE_RANGE.exec(spec);
  if (!match) return { kind: "whole", rule: "read.range.malformed" };
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

function hasLeadingZero(spec: string): boolean {
  return spec.split("-").some((position) => position.length > 1 && position.startsWith("0"));
}

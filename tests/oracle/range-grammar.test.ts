import { expect, test } from "vitest";
import { resolveRange } from "../../oracle/read/ranges.ts";

// Each value against a 100-byte object, with what RFC 9110 (or a recorded row) makes of it.
const CASES: Array<[string, ReturnType<typeof resolveRange>]> = [
  ["Bytes=0-9", { kind: "partial", first: 0, last: 9, rule: "read.range.unit-case" }],
  ["BYTES=-10", { kind: "partial", first: 90, last: 99, rule: "read.range.unit-case" }],
  ["bytes=007-010", { kind: "partial", first: 7, last: 10, rule: "read.range.leading-zeros" }],
  ["bytes=-010", { kind: "partial", first: 90, last: 99, rule: "read.range.leading-zeros" }],
  ["bytes=0-9,", { kind: "partial", first: 0, last: 9, rule: "read.range.list-syntax" }],
  ["bytes=, 90-", { kind: "partial", first: 90, last: 99, rule: "read.range.list-syntax" }],
  ["bytes= ,0-9", { kind: "partial", first: 0, last: 9, rule: "read.range.list-syntax" }],
  ["bytes=0-9 ,", { kind: "partial", first: 0, last: 9, rule: "read.range.list-syntax" }],
  ["bytes =0-9", { kind: "ignored-or-refused", rule: "read.range.invalid-specifier" }],
  ["bytes= 0-9", { kind: "ignored-or-refused", rule: "read.range.invalid-specifier" }],
  ["bytes=0 -9", { kind: "ignored-or-refused", rule: "read.range.invalid-specifier" }],
  ["bytes=0- 9", { kind: "ignored-or-refused", rule: "read.range.invalid-specifier" }],
  ["bytes=", { kind: "ignored-or-refused", rule: "read.range.invalid-specifier" }],
  ["bytes=,,", { kind: "ignored-or-refused", rule: "read.range.invalid-specifier" }],
  ["items=0-9", { kind: "whole", rule: "read.range.unknown-unit" }],
  ["bytes=0-5,3-8", { kind: "whole", rule: "read.range.multiple" }],
  ["bytes=0-5 , 3-8", { kind: "whole", rule: "read.range.multiple" }],
  // Recorded: range-dash-only, range-suffix-zero, range-no-unit, range-malformed-0-neg1.
  ["bytes=-", { kind: "whole", rule: "read.range.malformed" }],
  ["bytes=-0", { kind: "unsatisfiable", rule: "read.range.suffix-zero" }],
  ["0-1", { kind: "whole", rule: "read.range.malformed" }],
  ["bytes=0--1", { kind: "whole", rule: "read.range.malformed" }],
];

test.each(CASES)("%s", (header, outcome) => {
  expect(resolveRange(header, 100)).toEqual(outcome);
});

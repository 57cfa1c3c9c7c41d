import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { conditionDate, type DateRelation } from "../../generators/condition-date.ts";
import { conditionalHeaders } from "../../generators/conditional-headers.ts";
import { everyConditionCombination } from "../../checks/s3/examples/every-condition-combination.ts";
import { ifMatchValue } from "../../generators/if-match-value.ts";
import { ifNoneMatchValue } from "../../generators/if-none-match-value.ts";
import { otherEtag } from "../../generators/other-etag.ts";
import { IF_RANGE_FORMS, ifRangeValue, type IfRangeForm } from "../../generators/if-range-value.ts";
import { rangeGrammarVariant, type RangeVariant } from "../../generators/range-grammar-variant.ts";
import { rangeHeader, type RangeKind } from "../../generators/range-header.ts";
import { responseOverrideValues } from "../../generators/response-override-values.ts";

const ETAG = '"8d777f385d3dfec8815d20f7496026dc"';
const BARE = ETAG.slice(1, -1);
const LAST_MODIFIED = Math.floor(Date.UTC(2026, 10, 21, 12, 0, 0) / 1000);
const NOW = LAST_MODIFIED + 3;
const members = (value: string) => value.split(",").map((member) => member.trim());
const strongHit = (value: string) => value === "*" || members(value).some((member) => member === ETAG || member === BARE);
const weakHit = (value: string) => strongHit(value) || members(value).includes(`W/${ETAG}`);
/** Seconds of an HTTP-date in any of the three forms, read by the platform's own date parser. */
const seconds = (value: string) => Date.parse(value.endsWith("GMT") ? value : `${value} GMT`) / 1000;

const GENERATORS: Array<{ name: string; arbitrary: fc.Arbitrary<unknown>; problems: (value: never) => string[] }> = [
  { name: "otherEtag", arbitrary: otherEtag(ETAG), problems: (tag: string) => (tag === BARE || tag.includes('"') ? [tag] : []) },
  { name: "ifMatchValue holds", arbitrary: ifMatchValue(ETAG, true), problems: (value: string) => (strongHit(value) ? [] : [value]) },
  { name: "ifMatchValue fails", arbitrary: ifMatchValue(ETAG, false), problems: (value: string) => (strongHit(value) ? [value] : []) },
  { name: "ifNoneMatchValue holds", arbitrary: ifNoneMatchValue(ETAG, true), problems: (value: string) => (weakHit(value) ? [value] : []) },
  { name: "ifNoneMatchValue fails", arbitrary: ifNoneMatchValue(ETAG, false), problems: (value: string) => (weakHit(value) ? [] : [value]) },
  ...(["before", "equal", "future"] as DateRelation[]).map((relation) => ({
    name: `conditionDate ${relation}`,
    arbitrary: conditionDate(LAST_MODIFIED, NOW, relation),
    problems: (value: string) => {
      const at = seconds(value);
      const right = relation === "before" ? at < LAST_MODIFIED : relation === "equal" ? at === LAST_MODIFIED : at >= NOW + 86_400;
      return right ? [] : [`${value} is not ${relation}`];
    },
  })),
  {
    name: "conditionalHeaders",
    arbitrary: conditionalHeaders({ etag: ETAG, lastModified: LAST_MODIFIED }, NOW),
    problems: (headers: Record<string, string>) => Object.keys(headers).filter((name) => !["if-match", "if-none-match", "if-modified-since", "if-unmodified-since"].includes(name)),
  },
  ...([["satisfiable", 10], ["edge", 10], ["ignored", 0], ["ignored", 10], ["unsatisfiable", 0], ["unsatisfiable", 10]] as Array<[RangeKind, number]>).map(([kind, size]) => ({
    name: `rangeHeader ${kind} of ${size} bytes`,
    arbitrary: rangeHeader(size, [kind]),
    problems: (value: string) => (rangeKindOf(value, size) === (kind === "edge" ? "satisfiable" : kind) ? [] : [`${value} is not ${kind}`]),
  })),
  ...IF_RANGE_FORMS.map((form) => ({
    name: `ifRangeValue ${form}`,
    arbitrary: ifRangeValue({ etag: ETAG, lastModified: LAST_MODIFIED }, [form]),
    problems: (value: string) => (ifRangeFormOf(value) === form ? [] : [`${value} is ${ifRangeFormOf(value)}`]),
  })),
  ...(["unit-case", "leading-zeros", "list-syntax", "whitespace", "empty-set", "unknown-unit", "overlapping"] as RangeVariant[]).map((variant) => ({
    name: `rangeGrammarVariant ${variant} of 37 bytes`,
    arbitrary: rangeGrammarVariant(37, [variant]),
    problems: (value: string) => (variantOf(value, 37) === variant ? [] : [`${value} is ${variantOf(value, 37)}`]),
  })),
  {
    name: "responseOverrideValues",
    arbitrary: responseOverrideValues(),
    problems: (values: Record<string, string>) => [
      ...Object.keys(values).filter((name) => !name.startsWith("response-")),
      ...Object.values(values).filter((value) => !/^[\x20-\x7e]+$/.test(value)),
    ],
  },
];

/** A Range value's kind, read with a grammar written apart from the oracle's. */
function rangeKindOf(value: string, size: number): "satisfiable" | "ignored" | "unsatisfiable" {
  const match = /^bytes=(\d+)?-(\d+)?$/.exec(value);
  if (!match || (match[1] === undefined && match[2] === undefined)) return "ignored";
  if (match[1] === undefined) return Number(match[2]) === 0 ? "unsatisfiable" : "satisfiable";
  if (match[2] !== undefined && Number(match[2]) < Number(match[1])) return "ignored";
  return Number(match[1]) >= size ? "unsatisfiable" : "satisfiable";
}

/** An If-Range value's form, read apart from the generator and the oracle. */
function ifRangeFormOf(value: string): IfRangeForm | "other" {
  if (value === ETAG) return "matching-etag";
  if (value === `W/${ETAG}`) return "weak-etag";
  if (/^"[^"]+"$/.test(value)) return "other-etag";
  if (!value.endsWith(" GMT") || Number.isNaN(Date.parse(value))) return "not-a-validator";
  const at = seconds(value);
  return at === LAST_MODIFIED ? "matching-date" : at < LAST_MODIFIED ? "earlier-date" : "later-date";
}

/** A grammar variant's family, told by what it looks like, and checked to name bytes inside the object. */
function variantOf(value: string, size: number): RangeVariant | "other" {
  const [unit = "", set = ""] = value.split(/=(.*)/s);
  if (/\s/.test(unit) || /^\s*[^\s,]/.test(set) && /^\s/.test(set) || /\d\s+-|-\s+\d/.test(set)) return "whitespace";
  if (set.split(",").every((member) => member.trim() === "")) return "empty-set";
  if (unit.toLowerCase() !== "bytes") return "unknown-unit";
  const ranges = set.split(",").map((member) => member.trim()).filter((member) => member !== "");
  const inside = ranges.every((range) => /^\d*-\d*$/.test(range) && range !== "-" && Number(range.split("-")[0] || 0) < size && (range.startsWith("-") ? Number(range.slice(1)) >= 1 : true));
  if (!inside) return "other";
  if (ranges.length > 1) return "overlapping";
  if (unit !== "bytes") return "unit-case";
  if (ranges.length !== set.split(",").length || /\s/.test(set)) return "list-syntax";
  return /(^|-)0\d/.test(ranges[0] ?? "") ? "leading-zeros" : "other";
}

describe.each(GENERATORS)("$name", ({ arbitrary, problems }) => {
  test("makes only valid values", () => {
    expect(fc.sample(arbitrary, { seed: 11, numRuns: 400 }).flatMap((value) => problems(value as never))).toEqual([]);
  });

  test("makes the same values from the same seed", () => {
    expect(fc.sample(arbitrary, { seed: 5, numRuns: 40 })).toEqual(fc.sample(arbitrary, { seed: 5, numRuns: 40 }));
  });
});

test("everyConditionCombination gives the 81 absent/true/false combinations once each", () => {
  const combinations = everyConditionCombination({ etag: ETAG, lastModified: LAST_MODIFIED });
  expect(combinations).toHaveLength(81);
  const states = combinations.map((headers) =>
    [
      headers["if-match"] === undefined ? "absent" : strongHit(headers["if-match"]) ? "true" : "false",
      headers["if-unmodified-since"] === undefined ? "absent" : seconds(headers["if-unmodified-since"]) >= LAST_MODIFIED ? "true" : "false",
      headers["if-none-match"] === undefined ? "absent" : weakHit(headers["if-none-match"]) ? "false" : "true",
      headers["if-modified-since"] === undefined ? "absent" : seconds(headers["if-modified-since"]) < LAST_MODIFIED ? "true" : "false",
    ].join(","),
  );
  expect(new Set(states).size).toBe(81);
});

test("conditionDate writes each of the three HTTP-date forms", () => {
  const values = fc.sample(conditionDate(LAST_MODIFIED, NOW, "before"), { seed: 2, numRuns: 200 });
  expect(values.some((value) => /^\w{3}, \d\d \w{3} \d{4} /.test(value))).toBe(true);
  expect(values.some((value) => /^\w+day, \d\d-\w{3}-\d\d /.test(value))).toBe(true);
  expect(values.some((value) => /^\w{3} \w{3} [ \d]\d \d\d:/.test(value))).toBe(true);
});

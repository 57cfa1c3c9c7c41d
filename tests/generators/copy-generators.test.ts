import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { copySourceKey } from "../../generators/copy-source-key.ts";
import { copySourceRange, type CopyRangeKind } from "../../generators/copy-source-range.ts";
import { partPlan, type PartPlan } from "../../generators/part-plan.ts";
import { MIN_PART_SIZE } from "../../oracle/multipart/decide-multipart.ts";
import { keyProblems } from "./key-problems.ts";

/** A copy range's kind, read with a grammar written apart from the oracle's. */
function copyRangeKindOf(value: string, size: number): CopyRangeKind {
  const match = /^bytes=(\d+)-(\d+)$/.exec(value);
  if (!match) return "invalid-argument";
  const [first, last] = [Number(match[1]), Number(match[2])];
  if (first >= size) return "invalid-request";
  return last < first || last >= size ? "invalid-argument" : "valid";
}

function planProblems(plan: PartPlan, irregular: boolean): string[] {
  const problems: string[] = [];
  const numbers = plan.uploaded.map((part) => part.partNumber);
  if (numbers.some((n, i) => i > 0 && n <= (numbers[i - 1] ?? 0))) problems.push(`uploaded numbers not ascending: ${numbers}`);
  if (numbers.some((n) => n < 1 || n > 10_000)) problems.push(`part number out of 1..10000: ${numbers}`);
  plan.uploaded.slice(0, -1).forEach((part) => {
    if (Math.abs(part.size - MIN_PART_SIZE) > 65_536) problems.push(`middle part of ${part.size} bytes is not around 5 MiB`);
  });
  if ((plan.uploaded.at(-1)?.size ?? 0) > MIN_PART_SIZE) problems.push("last part larger than 5 MiB");
  if (!irregular && plan.listed.join() !== numbers.join()) problems.push(`regular plan lists ${plan.listed}, uploaded ${numbers}`);
  return problems;
}

const GENERATORS: Array<{ name: string; arbitrary: fc.Arbitrary<unknown>; problems: (value: never) => string[] }> = [
  { name: "copySourceKey", arbitrary: copySourceKey(), problems: (key: string) => keyProblems(key, 1024) },
  ...(["valid", "invalid-argument", "invalid-request"] as CopyRangeKind[]).flatMap((kind) =>
    [1, 10, 5000].map((size) => ({
      name: `copySourceRange ${kind} of ${size} bytes`,
      arbitrary: copySourceRange(size, kind),
      problems: (value: string) => (copyRangeKindOf(value, size) === kind ? [] : [`${value} is ${copyRangeKindOf(value, size)}, not ${kind}`]),
    })),
  ),
  { name: "partPlan", arbitrary: partPlan(), problems: (plan: PartPlan) => planProblems(plan, false) },
  { name: "partPlan irregular", arbitrary: partPlan({ irregular: true, maxParts: 4 }), problems: (plan: PartPlan) => planProblems(plan, true) },
];

describe.each(GENERATORS)("$name", ({ arbitrary, problems }) => {
  test("makes only valid values", () => {
    expect(fc.sample(arbitrary, { seed: 17, numRuns: 300 }).flatMap((value) => problems(value as never))).toEqual([]);
  });

  test("makes the same values from the same seed", () => {
    expect(fc.sample(arbitrary, { seed: 3, numRuns: 30 })).toEqual(fc.sample(arbitrary, { seed: 3, numRuns: 30 }));
  });
});

test("irregular part plans reach every irregularity", () => {
  const plans = fc.sample(partPlan({ irregular: true, maxParts: 4 }), { seed: 5, numRuns: 500 });
  const uploaded = (plan: PartPlan) => plan.uploaded.map((part) => part.partNumber);
  expect(plans.some((plan) => plan.listed.some((n, i) => i > 0 && n < (plan.listed[i - 1] ?? 0)))).toBe(true);
  expect(plans.some((plan) => new Set(plan.listed).size < plan.listed.length)).toBe(true);
  expect(plans.some((plan) => plan.listed.length < plan.uploaded.length)).toBe(true);
  expect(plans.some((plan) => plan.listed.some((n) => !uploaded(plan).includes(n)))).toBe(true);
  expect(plans.some((plan) => plan.uploaded.slice(0, -1).some((part) => part.size < MIN_PART_SIZE))).toBe(true);
});

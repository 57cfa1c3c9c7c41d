import type { ReadRuleId } from "../rules/read-rules.ts";

/**
 * What a partNumber names in an object: one part's byte span, or no part. Both know the part count;
 * `rule` is GetObject's rule for the outcome.
 */
export type PartOutcome =
  | { kind: "part"; first: number; last: number; count: number; rule: ReadRuleId }
  | { kind: "no-part"; count: number; rule: ReadRuleId };

/** The highest part number S3 accepts (an upload has at most 10,000 parts). */
const MAX_PART_NUMBER = 10_000;

/**
 * Resolves `partNumber` against the sizes of an object's parts, in order. Without `partSizes` the
 * object is single-part and counts as one part (aws-observed get-partnumber-1-non-multipart,
 * get-partnumber-2-non-multipart). A number from 1 to the count names a part; one past the count
 * and up to 10,000 names none (get-partnumber-too-high). Anything else (`0`, `01`, negative, past
 * 10,000) was never recorded and no generator asks it.
 */
export function resolvePartNumber(partNumber: string, size: number, partSizes?: readonly number[]): PartOutcome {
  const sizes = partSizes ?? [size];
  const count = sizes.length;
  if (count === 0 || sum(sizes) !== size) throw new Error(`part sizes [${sizes.join(", ")}] do not make an object of ${size} bytes`);
  const number = Number(partNumber);
  if (String(number) !== partNumber || !Number.isInteger(number) || number < 1 || number > MAX_PART_NUMBER) {
    throw new Error(`undecided: partNumber ${JSON.stringify(partNumber)} is not recorded (generators ask 1 to ${MAX_PART_NUMBER})`);
  }
  if (number > count) return { kind: "no-part", count, rule: "read.part-number.beyond-count" };
  const first = sum(sizes.slice(0, number - 1));
  const rule = partSizes === undefined ? "read.part-number.single-part-object" : "read.part-number.part";
  return { kind: "part", first, last: first + (sizes[number - 1] ?? 0) - 1, count, rule };
}

function sum(sizes: readonly number[]): number {
  return sizes.reduce((total, size) => total + size, 0);
}

/** What a partNumber names in an object: one part's byte span, or no part. Both know the part count. */
export type PartOutcome =
  | { kind: "part"; first: number; last: number; count: number }
  | { kind: "no-part"; count: number };

/**
 * Resolves `partNumber` against the sizes of an object's parts, in order. Without `partSizes` the
 * object is single-part and counts as one part (aws-observed get-partnumber-1-non-multipart,
 * get-partnumber-2-non-multipart). Only `1` to the count, in plain decimal, names a part; anything
 * else names none: a number beyond the count (get-partnumber-too-high) and, unrecorded, `0` or `01`.
 */
export function resolvePartNumber(partNumber: string, size: number, partSizes: readonly number[] = [size]): PartOutcome {
  const count = partSizes.length;
  if (count === 0 || sum(partSizes) !== size) throw new Error(`part sizes [${partSizes.join(", ")}] do not make an object of ${size} bytes`);
  const number = Number(partNumber);
  if (String(number) !== partNumber || !Number.isInteger(number) || number < 1 || number > count) return { kind: "no-part", count };
  const first = sum(partSizes.slice(0, number - 1));
  return { kind: "part", first, last: first + (partSizes[number - 1] ?? 0) - 1, count };
}

function sum(sizes: readonly number[]): number {
  return sizes.reduce((total, size) => total + size, 0);
}

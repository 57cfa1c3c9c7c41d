import fc from "fast-check";

/** Families of Range values: honoured, clamped at the edges, ignored by S3, or unsatisfiable. */
export type RangeKind = "satisfiable" | "edge" | "ignored" | "unsatisfiable";

/**
 * A Range header for an object of `size` bytes, of the given kinds. Suffix ranges are not asked of
 * empty objects, whose answer nobody has recorded.
 */
export function rangeHeader(size: number, kinds: RangeKind[] = ["satisfiable", "edge", "ignored", "unsatisfiable"]): fc.Arbitrary<string> {
  const families = kinds.flatMap((kind) => FAMILIES[kind](size));
  if (families.length === 0) throw new Error(`no ${kinds.join("/")} range exists for ${size} bytes`);
  return fc.oneof(...families);
}

const offset = (size: number) => fc.integer({ min: 0, max: Math.max(0, size - 1) });

const FAMILIES: Record<RangeKind, (size: number) => Array<fc.Arbitrary<string>>> = {
  satisfiable: (size) =>
    size === 0
      ? []
      : [
          fc.tuple(offset(size), offset(size)).map(([a, b]) => `bytes=${Math.min(a, b)}-${Math.max(a, b)}`),
          offset(size).map((first) => `bytes=${first}-`),
          fc.integer({ min: 1, max: size }).map((suffix) => `bytes=-${suffix}`),
        ],
  edge: (size) =>
    size === 0
      ? []
      : [
          fc.constant("bytes=0-0"),
          fc.constant(`bytes=${size - 1}-${size - 1}`),
          fc.constant(`bytes=${size - 1}-`),
          fc.tuple(offset(size), fc.integer({ min: 0, max: 1_000_000 })).map(([first, beyond]) => `bytes=${first}-${size + beyond}`),
          fc.integer({ min: 1, max: 1_000_000 }).map((extra) => `bytes=-${size + extra}`),
        ],
  ignored: (size) => [
    fc.tuple(offset(size + 2), fc.integer({ min: 1, max: 1000 })).map(([last, gap]) => `bytes=${last + gap}-${last}`),
    fc.constantFrom("bytes=-", "bytes=0--1", "bytes=-1-", "bytes=", "bytes=a-b"),
    fc.tuple(offset(size), offset(size)).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
    fc.array(fc.tuple(offset(size), offset(size)), { minLength: 2, maxLength: 4 }).map((pairs) => `bytes=${pairs.map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`).join(",")}`),
  ],
  unsatisfiable: (size) => [
    fc.constant("bytes=-0"),
    fc.integer({ min: 0, max: 1_000_000 }).map((beyond) => `bytes=${size + beyond}-`),
    fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })).map(([from, length]) => `bytes=${size + from}-${size + from + length}`),
  ],
};

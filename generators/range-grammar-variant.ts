import fc from "fast-check";

/**
 * Range values that stretch the grammar of RFC 9110 14.1.1: the unit in other case, leading zeros,
 * empty list elements and whitespace around commas (all the same range as written plainly);
 * whitespace around `=` or inside a range and empty range sets (not the grammar); units other than
 * bytes; several ranges of which two overlap.
 */
export type RangeVariant = "unit-case" | "leading-zeros" | "list-syntax" | "whitespace" | "empty-set" | "unknown-unit" | "overlapping";

/** A Range of one of the `variants` for an object of `size` bytes (at least one). */
export function rangeGrammarVariant(size: number, variants: readonly RangeVariant[]): fc.Arbitrary<string> {
  if (size < 1) throw new Error("range grammar variants are generated for objects of at least one byte");
  return fc.oneof(...variants.map((variant) => VARIANTS[variant](size)));
}

const offset = (size: number) => fc.integer({ min: 0, max: size - 1 });
/** A satisfiable range set element: `first-last`, `first-` or `-suffix`. */
const element = (size: number) =>
  fc.oneof(
    fc.tuple(offset(size), offset(size)).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
    offset(size).map((first) => `${first}-`),
    fc.integer({ min: 1, max: size }).map((suffix) => `-${suffix}`),
  );
const zeros = (min: number) => fc.integer({ min, max: 3 }).map((count) => "0".repeat(count));

const VARIANTS: Record<RangeVariant, (size: number) => fc.Arbitrary<string>> = {
  "unit-case": (size) => fc.tuple(fc.constantFrom("Bytes", "BYTES", "bYtEs"), element(size)).map(([unit, spec]) => `${unit}=${spec}`),
  "leading-zeros": (size) =>
    fc.oneof(
      fc.tuple(zeros(1), offset(size), zeros(0), offset(size)).map(([pad, a, padLast, b]) => `bytes=${pad}${Math.min(a, b)}-${padLast}${Math.max(a, b)}`),
      fc.tuple(zeros(1), offset(size)).map(([pad, first]) => `bytes=${pad}${first}-`),
      fc.tuple(zeros(1), fc.integer({ min: 1, max: size })).map(([pad, suffix]) => `bytes=-${pad}${suffix}`),
    ),
  "list-syntax": (size) =>
    fc.tuple(element(size), fc.constantFrom("{},", ",{}", "{} ,", ", {}", "{},,", ",\t{}", "{} , ,")).map(([spec, shape]) => `bytes=${shape.replace("{}", spec)}`),
  whitespace: (size) =>
    fc.tuple(offset(size), offset(size), fc.constantFrom("bytes ={a}-{b}", "bytes= {a}-{b}", "bytes={a} -{b}", "bytes={a}- {b}", "bytes = {a} - {b}", "bytes=\t{a}-{b}")).map(([a, b, shape]) =>
      shape.replace("{a}", String(Math.min(a, b))).replace("{b}", String(Math.max(a, b))),
    ),
  "empty-set": () => fc.constantFrom("bytes=", "bytes=,", "bytes= ,", "bytes=,,"),
  "unknown-unit": (size) => fc.tuple(fc.constantFrom("items", "lines", "bits", "none", "x-bytes"), element(size)).map(([unit, spec]) => `${unit}=${spec}`),
  overlapping: (size) =>
    fc
      .tuple(offset(size), offset(size), fc.nat(), fc.nat(), fc.array(element(size), { maxLength: 2 }), fc.constantFrom(",", ", ", " , "))
      .map(([a, b, into, past, rest, comma]) => {
        const [first, last] = [Math.min(a, b), Math.max(a, b)];
        // The second range starts inside the first, so the two share at least one byte.
        const start = first + (into % (last - first + 1));
        return `bytes=${[`${first}-${last}`, `${start}-${Math.min(start + (past % size), size - 1)}`, ...rest].join(comma)}`;
      }),
};

import fc from "fast-check";

/** A Cache-Control value: standard directives, combinations, or a custom value (which MediaStore also accepts). */
export function cacheControlValue(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom("no-cache", "no-store", "max-age=5", "public, max-age=31536000, immutable", "private, max-age=0, must-revalidate"),
    fc.integer({ min: 0, max: 86_400 }).map((seconds) => `max-age=${seconds}`),
    fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz-"), minLength: 1, maxLength: 20 }).map((word) => `x-custom-${word}`),
  );
}

import fc from "fast-check";
import { expect, test } from "vitest";
import { resolveRange } from "../../oracle/read/ranges.ts";

// aws-observed range-start-beyond-size records `first-last` past the end; `first-` past the end is the
// same start and must not read as a reversed (ignored) range because its end defaults to size - 1.
test("an open-ended range starting at or past the end is unsatisfiable, whatever the size", () => {
  fc.assert(
    fc.property(fc.nat(10_000), fc.nat(100), (size, beyond) => {
      const rule = size === 0 ? "read.range.empty-object" : "read.range.start-beyond-end";
      expect(resolveRange(`bytes=${size + beyond}-`, size)).toEqual({ kind: "unsatisfiable", rule });
    }),
  );
});

test("an open-ended range starting inside the object runs to its last byte", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10_000 }), fc.nat(), (size, start) => {
      const first = start % size;
      expect(resolveRange(`bytes=${first}-`, size)).toEqual({ kind: "partial", first, last: size - 1, rule: "read.range.partial" });
    }),
  );
});

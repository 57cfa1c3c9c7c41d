import fc from "fast-check";

/** What UploadPartCopy does with an `x-amz-copy-source-range`: copy the span, or refuse it, and how. */
export type CopyRangeKind = "valid" | "invalid-argument" | "invalid-request";

/**
 * An `x-amz-copy-source-range` for a source of `size` bytes (size > 0): `bytes=first-last` inside the
 * source (valid), a start at or past the end (400 InvalidRequest as recorded), or any other form
 * S3 refuses as 400 InvalidArgument: open-ended, suffix, reversed, several ranges, no unit, an end past
 * the source (aws-observed upc-range-*).
 */
export function copySourceRange(size: number, kind: CopyRangeKind): fc.Arbitrary<string> {
  const offset = fc.integer({ min: 0, max: size - 1 });
  switch (kind) {
    case "valid":
      return fc.oneof(
        fc.tuple(offset, offset).map(([a, b]) => `bytes=${Math.min(a, b)}-${Math.max(a, b)}`),
        fc.constantFrom("bytes=0-0", `bytes=${size - 1}-${size - 1}`, `bytes=0-${size - 1}`),
      );
    case "invalid-request":
      return fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })).map(([from, length]) => `bytes=${size + from}-${size + from + length}`);
    case "invalid-argument": {
      const forms = [
        offset.map((first) => `bytes=${first}-`),
        fc.integer({ min: 0, max: size + 10 }).map((suffix) => `bytes=-${suffix}`),
        fc.tuple(offset, offset).map(([a, b]) => `bytes=${Math.min(a, b)}-${Math.max(a, b)},${Math.max(a, b)}-${Math.max(a, b)}`),
        fc.tuple(offset, offset).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
        fc.tuple(offset, fc.integer({ min: 0, max: 1000 })).map(([first, beyond]) => `bytes=${first}-${size + beyond}`),
        fc.constantFrom("bytes=-", "bytes=0--1", "bytes=-1-"),
      ];
      // A reversed span needs a start past the first byte.
      if (size > 1) forms.push(fc.tuple(fc.integer({ min: 1, max: size - 1 }), fc.integer({ min: 1, max: 100 })).map(([first, back]) => `bytes=${first}-${Math.max(0, first - back)}`));
      return fc.oneof(...forms);
    }
  }
}

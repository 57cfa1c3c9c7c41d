import fc from "fast-check";
import { bodyOfSize } from "./body-of-size.ts";

export interface ObjectBodyConstraints {
  /** Largest body in bytes. Default 65536. */
  maxSize?: number;
}

/** Object bytes: empty and one-byte bodies often, otherwise any size up to `maxSize`. */
export function objectBody(constraints: ObjectBodyConstraints = {}): fc.Arbitrary<Buffer> {
  const { maxSize = 65536 } = constraints;
  return fc
    .oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 2, max: 1024 }), fc.integer({ min: 1025, max: maxSize }))
    .chain((size) => bodyOfSize(size));
}

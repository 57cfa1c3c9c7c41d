import fc from "fast-check";

/**
 * Bytes of the given size from a generated seed: every byte value occurs, and large bodies cost one
 * buffer, not a shrink tree of bytes. Printed in counterexamples as size and seed, not as bytes.
 */
export function bodyOfSize(size: number): fc.Arbitrary<Buffer> {
  return fc.integer({ min: 0, max: 0xffff }).map((seed) => fillBody(size, seed));
}

export function fillBody(size: number, seed: number): Buffer {
  const body = Buffer.allocUnsafe(size);
  let state = (seed * 2654435761 + 1) >>> 0;
  for (let index = 0; index < size; index += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    body[index] = state >>> 24;
  }
  Object.defineProperty(body, fc.toStringMethod, { value: () => `body(${size} bytes, seed ${seed})` });
  Object.defineProperty(body, "toJSON", { value: () => ({ size, seed }) });
  return body;
}

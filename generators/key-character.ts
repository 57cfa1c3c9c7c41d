import fc from "fast-check";

/**
 * One character of an object key, drawn from the three groups of the AWS key-naming guide:
 * safe characters, characters that need special handling in URLs, and non-ASCII text.
 * Control characters and lone surrogates are left out (they cannot be UTF-8 encoded or sent in XML).
 */
export function keyCharacter(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") },
    { weight: 2, arbitrary: fc.constantFrom(..."!-_.*'()") },
    { weight: 2, arbitrary: fc.constantFrom(..."&$@=;:+ ,?%#[]{}^`~<>|\"\\") },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }).filter(isNonAscii) },
  );
}

/** ASCII (and so `/`) comes from the groups above, where the generator controls it. */
function isNonAscii(text: string): boolean {
  return (text.codePointAt(0) ?? 0) > 0x7f;
}

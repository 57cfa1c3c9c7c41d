import fc from "fast-check";

export interface UserMetadataConstraints {
  /** Most entries. Default 8. */
  maxEntries?: number;
  /** Longest value in characters. Default 100. */
  maxValueLength?: number;
}

const NAME_CHARACTER = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-_");
const VALUE_CHARACTER = fc.constantFrom(
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&'()*+,-./:;<=>?@[]^_`{|}~\"",
);

/**
 * User metadata (`x-amz-meta-*`) within S3's documented limits: lower-case token names (S3 stores
 * names lower-cased), printable US-ASCII values without surrounding spaces (which HTTP would strip),
 * and a total of names plus values well under 2 KB.
 */
export function userMetadata(constraints: UserMetadataConstraints = {}): fc.Arbitrary<Record<string, string>> {
  const { maxEntries = 8, maxValueLength = 100 } = constraints;
  const name = fc
    .tuple(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), fc.string({ unit: NAME_CHARACTER, maxLength: 30 }))
    .map(([first, rest]) => first + rest);
  const value = fc.string({ unit: VALUE_CHARACTER, maxLength: maxValueLength }).map((text) => text.trim());
  return fc.dictionary(name, value, { maxKeys: maxEntries, noNullPrototype: true });
}

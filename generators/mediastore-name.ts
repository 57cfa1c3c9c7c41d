import fc from "fast-check";
import { NAME_CHARACTERS } from "../oracle/mediastore/limits.ts";

/**
 * A folder or file name MediaStore accepts: 1 to `maxLength` of `A-Za-z0-9_.-~`. Names of dots alone
 * (`.`, `..`) are left out: URLs treat them as path syntax and no documentation says what they mean.
 */
export function mediastoreName(maxLength = 24): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...NAME_CHARACTERS), minLength: 1, maxLength }).map((name) => (/^\.+$/.test(name) ? `${name.slice(1)}_` : name));
}

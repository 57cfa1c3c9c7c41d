import fc from "fast-check";
import { mediastoreName } from "./mediastore-name.ts";

/**
 * A name with a character the API model's name pattern leaves out: spaces, punctuation, non-ASCII.
 * `=` and `:` are not used: the user guide allows them in file names while the model does not.
 */
export function disallowedMediastoreName(): fc.Arbitrary<string> {
  const outsider = fc.constantFrom(" ", "!", "@", "#", "$", "%", "^", "&", "*", "(", ")", "+", ",", ";", "'", "[", "]", "{", "}", "|", "é", "日", "\u00a0");
  return fc.tuple(mediastoreName(8), outsider, mediastoreName(8)).map(([before, char, after]) => `${before}${char}${after}`);
}

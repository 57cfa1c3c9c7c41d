import fc from "fast-check";
import { mediastoreName } from "./mediastore-name.ts";

export interface MediaStorePathConstraints {
  /** Most folders before the file name. Default 3. */
  maxFolders?: number;
}

/** A relative path of accepted names: up to `maxFolders` folders, then a file name. */
export function mediastorePath(constraints: MediaStorePathConstraints = {}): fc.Arbitrary<string> {
  const { maxFolders = 3 } = constraints;
  return fc.tuple(fc.array(mediastoreName(16), { maxLength: maxFolders }), mediastoreName()).map(([folders, file]) => [...folders, file].join("/"));
}

import type { HeaderRule } from "../expected-answer.ts";

/** The storage classes CopyObject documents for `x-amz-storage-class`. */
const STORAGE_CLASSES = [
  "STANDARD",
  "REDUCED_REDUNDANCY",
  "STANDARD_IA",
  "ONEZONE_IA",
  "INTELLIGENT_TIERING",
  "GLACIER",
  "DEEP_ARCHIVE",
  "OUTPOSTS",
  "GLACIER_IR",
  "SNOW",
  "EXPRESS_ONEZONE",
];

/** The copy's storage class: the one asked for, else STANDARD; never the source's (copy-storage-class-not-inherited). */
export function copiedStorageClass(headers: Record<string, string>): string {
  const requested = headers["x-amz-storage-class"] ?? "STANDARD";
  if (!STORAGE_CLASSES.includes(requested)) throw new Error(`undecided: x-amz-storage-class ${requested} is not recorded`);
  return requested;
}

/**
 * `x-amz-storage-class` on GetObject/HeadObject answers: the object's class, except STANDARD, for
 * which S3 sends no header (HeadObject documentation, x-amz-storage-class).
 */
export function storageClassHeader(storageClass: string): HeaderRule {
  return storageClass === "STANDARD" ? null : storageClass;
}

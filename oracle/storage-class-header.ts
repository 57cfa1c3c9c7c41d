import type { HeaderRule } from "./expected-answer.ts";

/**
 * `x-amz-storage-class` on GetObject/HeadObject answers: the object's class, except STANDARD, for
 * which S3 sends no header (HeadObject documentation, x-amz-storage-class).
 */
export function storageClassHeader(storageClass: string): HeaderRule {
  return storageClass === "STANDARD" ? null : storageClass;
}

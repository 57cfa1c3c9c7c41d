import { errorReply, type Refusal } from "./replies.ts";

/** The values `x-amz-storage-class` takes (PutObject, CopyObject, CreateMultipartUpload API reference). */
const STORAGE_CLASSES = ["STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER", "DEEP_ARCHIVE", "OUTPOSTS", "GLACIER_IR", "SNOW", "EXPRESS_ONEZONE"];

/** The class a write asks for, STANDARD when it names none, or 400 InvalidStorageClass. */
export function requestedStorageClass(headers: Record<string, string>): string | Refusal {
  const requested = headers["x-amz-storage-class"] ?? "STANDARD";
  return STORAGE_CLASSES.includes(requested) ? requested : errorReply(400, "InvalidStorageClass", { StorageClassRequested: requested });
}

/** Reads name the class, except STANDARD, which they leave unsaid (HeadObject API reference). */
export function storageClassHeader(storageClass: string): Record<string, string> {
  return storageClass === "STANDARD" ? {} : { "x-amz-storage-class": storageClass };
}

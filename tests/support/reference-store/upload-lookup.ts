import type { MultipartUpload } from "./multipart-upload.ts";
import { errorReply, type Refusal } from "./replies.ts";
import type { StoreBucket } from "./store-bucket.ts";
import type { StoreFaults } from "./store-faults.ts";

/** Part numbers run from 1 to this (UploadPart API reference). */
const MAX_PART_NUMBER = 10_000;

/**
 * The open upload an id names for this key, or 404 NoSuchUpload echoing the id: an id is bound to its
 * key, and a completed or aborted upload is gone (upload-part-no-such-upload, upload-part-wrong-key).
 */
export function openUpload(bucket: StoreBucket, key: string, uploadId: string): MultipartUpload | Refusal {
  const upload = bucket.uploads.get(uploadId);
  return upload && upload.key === key ? upload : errorReply(404, "NoSuchUpload", { UploadId: uploadId });
}

/** `partNumber` as a number, if it is a plain decimal from 1 to 10000, else 400 InvalidArgument naming it (upload-part-negative-number). */
export function partNumberOf(text: string, faults: StoreFaults): number | Refusal {
  const number = Number(text);
  const inRange = (number >= 1 && number <= MAX_PART_NUMBER) || faults.partNumberUnchecked;
  if (String(number) === text && Number.isInteger(number) && inRange) return number;
  return errorReply(400, "InvalidArgument", { ArgumentName: "partNumber", ArgumentValue: text });
}

import { errorReply, type Refusal } from "./replies.ts";

const HEADER = "x-amz-copy-source-range";

/**
 * The bytes of the source an UploadPartCopy copies. Stricter than a GET's Range: only
 * `bytes=first-last` with first <= last, inside the source; nothing is clamped or ignored. Any other
 * form, and an end past the source, is 400 InvalidArgument naming the header with the value as sent;
 * a start past the end is 400 InvalidRequest (aws-observed README, D).
 */
export function copiedBytes(source: Buffer, header: string | undefined): Buffer | Refusal {
  if (header === undefined) return source;
  const invalid = errorReply(400, "InvalidArgument", { ArgumentName: HEADER, ArgumentValue: header });
  const match = /^bytes=(\d+)-(\d+)$/.exec(header);
  if (!match) return invalid;
  const first = Number(match[1]);
  const last = Number(match[2]);
  if (first > last) return invalid;
  if (first >= source.length) return errorReply(400, "InvalidRequest");
  if (last >= source.length) return invalid;
  return source.subarray(first, last + 1);
}

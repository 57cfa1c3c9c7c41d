import { withoutQuotes } from "./entity-tag-list.ts";
import type { MultipartUpload, UploadedPart } from "./multipart-upload.ts";
import type { ListedPart } from "./listed-parts.ts";
import { errorReply, type Refusal } from "./replies.ts";
import type { StoreFaults } from "./store-faults.ts";

/** Every part but the last listed must have at least 5 MiB (complete-entity-too-small). */
const MIN_PART_SIZE = 5 * 1024 * 1024;

/**
 * The uploaded parts the list names, in its order, or the 400 it earns. The list must ascend
 * strictly: else InvalidPartOrder (complete-parts-out-of-order). Then part by part: one never
 * uploaded, or listed with another ETag, is InvalidPart with the ETag as sent but unquoted
 * (complete-wrong-part-number, complete-wrong-etag); one under 5 MiB that is not last is
 * EntityTooSmall. Gaps in the numbers are fine (complete-gapped-part-numbers).
 */
export function partsOfList(upload: MultipartUpload, listed: readonly ListedPart[], faults: StoreFaults): UploadedPart[] | Refusal {
  const ascending = listed.every((part, index) => index === 0 || part.partNumber > (listed[index - 1]?.partNumber ?? 0));
  if (!ascending && !faults.partOrderUnchecked) return errorReply(400, "InvalidPartOrder", { UploadId: upload.uploadId });
  const parts: UploadedPart[] = [];
  for (const [index, { partNumber, etag }] of listed.entries()) {
    const part = upload.parts.get(partNumber);
    const named = { ETag: withoutQuotes(etag), PartNumber: String(partNumber) };
    if (!part || withoutQuotes(part.etag) !== withoutQuotes(etag)) return errorReply(400, "InvalidPart", { ...named, UploadId: upload.uploadId });
    if (index < listed.length - 1 && part.body.length < MIN_PART_SIZE && !faults.entityTooSmallUnchecked) {
      return errorReply(400, "EntityTooSmall", { ...named, ProposedSize: String(part.body.length), MinSizeAllowed: String(MIN_PART_SIZE) });
    }
    parts.push(part);
  }
  return parts;
}

import { opaqueEtag } from "../entity-tags.ts";
import type { ExpectedAnswer } from "../expected-answer.ts";
import { MIN_PART_SIZE, type MultipartUpload } from "./uploads.ts";

/** One `<Part>` of a CompleteMultipartUpload body. */
export interface ListedPart {
  partNumber: number;
  /** As sent; quotes are optional (complete-one-part-response sends them, complete-wrong-etag not). */
  etag: string;
}

/**
 * What is wrong with the parts a CompleteMultipartUpload lists (at least one), or undefined when
 * they make an object. The list must ascend strictly, else 400 InvalidPartOrder
 * (complete-parts-out-of-order; a repeated number counts as out of order: unrecorded here, uppy#2351
 * reports AWS's InvalidPartOrder for a list with repeated parts). Then each listed part in turn:
 * never uploaded (also a number above 10000) or another ETag is 400 InvalidPart with the ETag as
 * sent, unquoted (complete-wrong-part-number, complete-wrong-etag); under 5 MiB and not last is 400
 * EntityTooSmall (complete-entity-too-small). No recording combines these faults: the order, the
 * whole list first, then one walk naming the first faulty part, is our choice. A number below 1 is
 * unrecorded (versitygw: InvalidArgument) and refused here.
 */
export function partsListFailure(upload: MultipartUpload, listed: readonly ListedPart[]): ExpectedAnswer | undefined {
  for (const { partNumber } of listed) {
    if (!Number.isInteger(partNumber) || partNumber < 1) throw new Error(`undecided: part number ${partNumber} in a CompleteMultipartUpload body`);
  }
  if (listed.some((part, index) => index > 0 && part.partNumber <= (listed[index - 1]?.partNumber ?? 0))) {
    return { rule: "multipart.complete.part-order", status: 400, code: "InvalidPartOrder", errorFields: { UploadId: upload.uploadId } };
  }
  for (const [index, { partNumber, etag }] of listed.entries()) {
    const uploaded = upload.parts.get(partNumber);
    const fields = { ETag: opaqueEtag(etag), PartNumber: String(partNumber) };
    if (!uploaded || opaqueEtag(uploaded.etag) !== opaqueEtag(etag)) {
      return { rule: "multipart.complete.invalid-part", status: 400, code: "InvalidPart", errorFields: { ...fields, UploadId: upload.uploadId } };
    }
    const size = uploaded.body.length;
    if (index < listed.length - 1 && size < MIN_PART_SIZE) {
      return { rule: "multipart.complete.entity-too-small", status: 400, code: "EntityTooSmall", errorFields: { ...fields, ProposedSize: String(size), MinSizeAllowed: String(MIN_PART_SIZE) } };
    }
  }
  return undefined;
}

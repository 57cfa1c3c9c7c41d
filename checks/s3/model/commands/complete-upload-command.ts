import type fc from "fast-check";
import { expectAnswer } from "../../../../harness/expect-answer.ts";
import { completeUpload } from "../../../../fixtures/s3/multipart-operations.ts";
import { keyHistory, recordWrite, type BucketModel, type ModelUpload, type UploadSlot } from "../bucket-model.ts";
import type { BucketUnderTest } from "../bucket-under-test.ts";
import { endedUploads } from "./upload-part-command.ts";
import { writeConditionHeaders, type WriteCondition } from "./write-condition.ts";
import { singlePartEtag } from "../../../../oracle/entity-tags.ts";
import { decideCompleteMultipartUpload, type ListedPart } from "../../../../oracle/multipart/decide-multipart.ts";

/**
 * How Complete lists the slot's parts: all in ascending order, the same reversed (InvalidPartOrder when
 * there are two or more), all but the first, all and the first number never uploaded (InvalidPart), or none
 * (`<CompleteMultipartUpload/>`, 400).
 */
export const PART_LISTINGS = ["ascending", "descending", "without-first", "with-unknown", "empty"] as const;
export type PartListing = (typeof PART_LISTINGS)[number];

/** Whether Complete sends `x-amz-mp-object-size`: not at all, the listed parts' total, or one byte more (400 InvalidRequest). */
export const DECLARED_SIZES = ["undeclared", "declared", "misdeclared"] as const;
export type DeclaredSize = (typeof DECLARED_SIZES)[number];

/** CompleteMultipartUpload of a slot's open or aborted upload, optionally conditional on the key. */
export class CompleteUploadCommand implements fc.AsyncCommand<BucketModel, BucketUnderTest> {
  readonly slot: UploadSlot;
  readonly listing: PartListing;
  readonly condition: WriteCondition;
  readonly size: DeclaredSize;

  constructor(slot: UploadSlot, listing: PartListing, condition: WriteCondition, size: DeclaredSize = "undeclared") {
    this.slot = slot;
    this.listing = listing;
    this.condition = condition;
    this.size = size;
  }

  /**
   * Completing an upload twice is not recorded (AWS is known to repeat the first answer for a while):
   * the model leaves it to the dedicated case. A listing of the parts needs parts to list; `empty` does not.
   */
  check(model: Readonly<BucketModel>): boolean {
    const upload = model.uploads.get(this.slot);
    if (!upload || upload.state === "completed") return false;
    return upload.state === "aborted" || this.listing === "empty" || listParts(upload, this.listing).length > 0;
  }

  async run(model: BucketModel, real: BucketUnderTest): Promise<void> {
    const upload = model.uploads.get(this.slot);
    const uploadId = real.uploadIds.get(this.slot);
    if (!upload || !uploadId) throw new Error(`slot ${this.slot} has no upload`);
    const listed = listParts(upload, this.listing);
    const headers = { ...writeConditionHeaders(this.condition, model.objects.get(upload.key)?.etag), ...declaredSizeHeader(this.size, upload, listed) };
    const key = real.keyOf(upload.key);
    const request = { bucket: real.bucket, key, uploadId, parts: listed, headers };
    const decision = decideCompleteMultipartUpload(real.openUploads(model), request, keyHistory(upload), endedUploads(model, real));
    const what = `${String(this)} listing ${listed.map((part) => part.partNumber).join(",") || "nothing"}`;
    expectAnswer(await completeUpload(real.s3, real.bucket, key, uploadId, listed, headers), decision.answer, what);
    if (!decision.object) return;
    upload.state = "completed";
    const { body, etag, partSizes } = decision.object;
    const object = { key: upload.key, body, etag, partSizes, headers: upload.headers, metadata: upload.metadata };
    const completedBy = { rule: "multipart.complete.object-is-listed-parts", fieldRules: { etag: "multipart.complete.etag-md5-of-part-md5s" } };
    recordWrite(model, upload.key, await real.expectStored(upload.key, object, what, completedBy));
  }

  toString(): string {
    return `CompleteMultipartUpload(slot ${this.slot}, ${this.listing}, ${this.condition}${this.size === "undeclared" ? "" : `, ${this.size} size`})`;
  }
}

/** `x-amz-mp-object-size` as the command declares it, from the sizes of the parts the upload holds. */
function declaredSizeHeader(size: DeclaredSize, upload: ModelUpload, listed: readonly ListedPart[]): Record<string, string> {
  if (size === "undeclared") return {};
  const total = listed.reduce((sum, part) => sum + (upload.parts.get(part.partNumber)?.body.length ?? 0), 0);
  return { "x-amz-mp-object-size": String(size === "declared" ? total : total + 1) };
}

function listParts(upload: ModelUpload, listing: PartListing): ListedPart[] {
  const ascending = [...upload.parts.entries()].sort(([a], [b]) => a - b).map(([partNumber, part]) => ({ partNumber, etag: part.etag }));
  switch (listing) {
    case "ascending":
      return ascending;
    case "descending":
      return ascending.reverse();
    case "without-first":
      return ascending.slice(1);
    case "empty":
      return [];
    case "with-unknown": {
      // The first number never uploaded, in its place: in a gap it comes before the small last part,
      // so the list is refused for it (InvalidPart) rather than for that part's size.
      let unknown = 1;
      while (upload.parts.has(unknown)) unknown += 1;
      return [...ascending, { partNumber: unknown, etag: singlePartEtag(Buffer.alloc(0)) }].sort((a, b) => a.partNumber - b.partNumber);
    }
  }
}

import type fc from "fast-check";
import { expectAnswer } from "../../../../harness/expect-answer.ts";
import { completeUpload } from "../../../../fixtures/multipart-operations.ts";
import { decideCompleteMultipartUpload } from "../../../../oracle/multipart-complete.ts";
import type { ListedPart } from "../../../../oracle/multipart-parts-list.ts";
import { singlePartEtag } from "../../../../oracle/object-answer.ts";
import { keyHistory, recordWrite, type BucketModel, type ModelUpload, type UploadSlot } from "../bucket-model.ts";
import type { BucketUnderTest } from "../bucket-under-test.ts";
import { endedUploads } from "./upload-part-command.ts";
import { writeConditionHeaders, type WriteCondition } from "./write-condition.ts";

/**
 * How Complete lists the slot's parts: all in ascending order, the same reversed (InvalidPartOrder when
 * there are two or more), all but the first, or all and a part never uploaded (InvalidPart).
 */
export const PART_LISTINGS = ["ascending", "descending", "without-first", "with-unknown"] as const;
export type PartListing = (typeof PART_LISTINGS)[number];

/** CompleteMultipartUpload of a slot's open or aborted upload, optionally conditional on the key. */
export class CompleteUploadCommand implements fc.AsyncCommand<BucketModel, BucketUnderTest> {
  readonly slot: UploadSlot;
  readonly listing: PartListing;
  readonly condition: WriteCondition;

  constructor(slot: UploadSlot, listing: PartListing, condition: WriteCondition) {
    this.slot = slot;
    this.listing = listing;
    this.condition = condition;
  }

  /**
   * Completing an upload twice is not recorded (AWS is known to repeat the first answer for a while),
   * and an empty parts list is not either: the model leaves both to the dedicated cases.
   */
  check(model: Readonly<BucketModel>): boolean {
    const upload = model.uploads.get(this.slot);
    if (!upload || upload.state === "completed") return false;
    return upload.state === "aborted" || listParts(upload, this.listing).length > 0;
  }

  async run(model: BucketModel, real: BucketUnderTest): Promise<void> {
    const upload = model.uploads.get(this.slot);
    const uploadId = real.uploadIds.get(this.slot);
    if (!upload || !uploadId) throw new Error(`slot ${this.slot} has no upload`);
    const listed = listParts(upload, this.listing);
    const headers = writeConditionHeaders(this.condition, model.objects.get(upload.key)?.etag);
    const key = real.keyOf(upload.key);
    const request = { bucket: real.bucket, key, uploadId, parts: listed, headers };
    const decision = decideCompleteMultipartUpload(real.openUploads(model), request, keyHistory(upload), endedUploads(model, real));
    const what = `${String(this)} listing ${listed.map((part) => part.partNumber).join(",") || "nothing"}`;
    expectAnswer(await completeUpload(real.s3, real.bucket, key, uploadId, listed, headers), decision.answer, what);
    if (!decision.object) return;
    upload.state = "completed";
    const { body, etag, partSizes } = decision.object;
    const object = { key: upload.key, body, etag, partSizes, headers: upload.headers, metadata: upload.metadata };
    recordWrite(model, upload.key, await real.expectStored(upload.key, object, what));
  }

  toString(): string {
    return `CompleteMultipartUpload(slot ${this.slot}, ${this.listing}, ${this.condition})`;
  }
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
    case "with-unknown": {
      const unknown = (ascending.at(-1)?.partNumber ?? 0) + 1;
      return [...ascending, { partNumber: unknown, etag: singlePartEtag(Buffer.alloc(0)) }];
    }
  }
}

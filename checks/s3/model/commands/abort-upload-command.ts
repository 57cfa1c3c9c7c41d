import type fc from "fast-check";
import { expectAnswer } from "../../../../harness/expect-answer.ts";
import { abortUpload } from "../../../../fixtures/s3/multipart-operations.ts";
import type { BucketModel, UploadSlot } from "../bucket-model.ts";
import { endedUploads } from "./upload-part-command.ts";
import type { BucketUnderTest } from "../bucket-under-test.ts";
import { decideAbortMultipartUpload } from "../../../../oracle/multipart/decide-multipart.ts";

/** AbortMultipartUpload of a slot's open upload; its parts are gone and its id names nothing after. */
export class AbortUploadCommand implements fc.AsyncCommand<BucketModel, BucketUnderTest> {
  readonly slot: UploadSlot;

  constructor(slot: UploadSlot) {
    this.slot = slot;
  }

  check(model: Readonly<BucketModel>): boolean {
    return model.uploads.get(this.slot)?.state === "open";
  }

  async run(model: BucketModel, real: BucketUnderTest): Promise<void> {
    const upload = model.uploads.get(this.slot);
    const uploadId = real.uploadIds.get(this.slot);
    if (!upload || !uploadId) throw new Error(`slot ${this.slot} has no upload`);
    const key = real.keyOf(upload.key);
    const expected = decideAbortMultipartUpload(real.openUploads(model), key, uploadId, endedUploads(model, real));
    expectAnswer(await abortUpload(real.s3, real.bucket, key, uploadId), expected, String(this));
    upload.state = "aborted";
  }

  toString(): string {
    return `AbortMultipartUpload(slot ${this.slot})`;
  }
}

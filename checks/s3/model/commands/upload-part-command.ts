import type fc from "fast-check";
import { expectAnswer } from "../../../../harness/expect-answer.ts";
import { uploadPart } from "../../../../fixtures/s3/multipart-operations.ts";
import { fillBody } from "../../../../generators/body-of-size.ts";
import type { BucketModel, UploadSlot } from "../bucket-model.ts";
import type { BucketUnderTest } from "../bucket-under-test.ts";
import { decideUploadPart, type EndedUpload } from "../../../../oracle/multipart/decide-multipart.ts";

/** UploadPart into a slot's upload, open or already ended (then the id names nothing: 404 NoSuchUpload). */
export class UploadPartCommand implements fc.AsyncCommand<BucketModel, BucketUnderTest> {
  readonly slot: UploadSlot;
  readonly partNumber: number;
  readonly size: number;
  readonly seed: number;

  constructor(slot: UploadSlot, partNumber: number, size: number, seed: number) {
    this.slot = slot;
    this.partNumber = partNumber;
    this.size = size;
    this.seed = seed;
  }

  check(model: Readonly<BucketModel>): boolean {
    return model.uploads.has(this.slot);
  }

  async run(model: BucketModel, real: BucketUnderTest): Promise<void> {
    const upload = model.uploads.get(this.slot);
    const uploadId = real.uploadIds.get(this.slot);
    if (!upload || !uploadId) throw new Error(`slot ${this.slot} has no upload`);
    const body = fillBody(this.size, this.seed);
    const request = { key: real.keyOf(upload.key), uploadId, partNumber: String(this.partNumber), body };
    const decision = decideUploadPart(real.openUploads(model), request, endedUploads(model, real));
    expectAnswer(await uploadPart(real.s3, real.bucket, request.key, uploadId, request.partNumber, body), decision.answer, String(this));
    if (decision.stored) upload.parts.set(decision.stored.partNumber, decision.stored.part);
  }

  toString(): string {
    return `UploadPart(slot ${this.slot}, part ${this.partNumber}, ${this.size} bytes, seed ${this.seed})`;
  }
}

/** The model's completed and aborted uploads as the multipart oracle takes them: real keys and the ids the target gave. */
export function endedUploads(model: BucketModel, real: BucketUnderTest): EndedUpload[] {
  return [...model.uploads.entries()].flatMap(([slot, upload]): EndedUpload[] => {
    const uploadId = real.uploadIds.get(slot);
    if (upload.state === "open" || !uploadId) return [];
    return [{ uploadId, key: real.keyOf(upload.key), endedBy: upload.state === "completed" ? "complete" : "abort" }];
  });
}

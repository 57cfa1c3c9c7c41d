import type fc from "fast-check";
import { createUpload } from "../../../../fixtures/s3/multipart-operations.ts";
import { putHeaders, type StoredHeaders } from "../../../../oracle/stored-object.ts";
import type { BucketModel, ModelKey, UploadSlot } from "../bucket-model.ts";
import type { BucketUnderTest } from "../bucket-under-test.ts";

/** CreateMultipartUpload in a free slot, with the stored headers and metadata the completed object must carry. */
export class CreateUploadCommand implements fc.AsyncCommand<BucketModel, BucketUnderTest> {
  readonly slot: UploadSlot;
  readonly key: ModelKey;
  readonly headers: StoredHeaders;
  readonly metadata: Record<string, string>;

  constructor(slot: UploadSlot, key: ModelKey, headers: StoredHeaders, metadata: Record<string, string>) {
    this.slot = slot;
    this.key = key;
    this.headers = headers;
    this.metadata = metadata;
  }

  check(model: Readonly<BucketModel>): boolean {
    return !model.uploads.has(this.slot);
  }

  async run(model: BucketModel, real: BucketUnderTest): Promise<void> {
    // createUpload fails the step unless the answer is 200 with an UploadId (create-mpu-response).
    const uploadId = await createUpload(real.s3, real.bucket, real.keyOf(this.key), putHeaders(this));
    real.uploadIds.set(this.slot, uploadId);
    real.uploadKeys.set(this.slot, this.key);
    const atCreate = model.objects.get(this.key)?.etag ?? null;
    model.uploads.set(this.slot, { key: this.key, state: "open", headers: this.headers, metadata: this.metadata, parts: new Map(), atCreate, writesSinceCreate: [] });
  }

  toString(): string {
    return `CreateMultipartUpload(slot ${this.slot}, ${this.key}, ${JSON.stringify(this.headers)}, ${JSON.stringify(this.metadata)})`;
  }
}

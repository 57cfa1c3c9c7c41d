import { parseHttpDate } from "../../../oracle/http-date.ts";
import { describeAnswer } from "../../../fixtures/answer.ts";
import { expectAnswer } from "../../../fixtures/expect-answer.ts";
import { withoutEncryptionEcho } from "../../../fixtures/copy-operations.ts";
import { ConformanceFailure } from "../../../fixtures/outcomes.ts";
import { getObject } from "../../../fixtures/s3-operations.ts";
import type { S3Session } from "../../../fixtures/s3-session.ts";
import { expectedGetAnswer } from "../../../oracle/object-answer.ts";
import type { ReadableObject } from "../../../oracle/read-answer.ts";
import type { ObjectState } from "../../../oracle/stored-object.ts";
import type { MultipartUpload } from "../../../oracle/multipart-upload.ts";
import type { BucketModel, ModelKey, UploadSlot } from "./bucket-model.ts";

/**
 * The real side of a command sequence: the target's bucket, a key prefix of this sequence's own (so
 * every run and every shrink starts empty), and the upload ids the target handed out per slot.
 */
export class BucketUnderTest {
  readonly s3: S3Session;
  readonly bucket: string;
  readonly prefix: string;
  readonly uploadIds = new Map<UploadSlot, string>();

  constructor(s3: S3Session, bucket: string, prefix: string) {
    this.s3 = s3;
    this.bucket = bucket;
    this.prefix = prefix;
  }

  keyOf(key: ModelKey): string {
    return `${this.prefix}${key}`;
  }

  /** The model's open uploads as the multipart oracle takes them: real keys and the ids the target gave. */
  openUploads(model: BucketModel): MultipartUpload[] {
    return [...model.uploads.entries()].flatMap(([slot, upload]) => {
      const uploadId = this.uploadIds.get(slot);
      return upload.state === "open" && uploadId ? [{ uploadId, key: this.keyOf(upload.key), parts: upload.parts }] : [];
    });
  }

  /**
   * Reads the whole object back and checks what the model says is there (body, ETag, stored headers,
   * metadata); returns it with the Last-Modified the target gave, which later conditions compare to.
   */
  async expectStored(key: ModelKey, object: ObjectState & { etag: string; partSizes?: number[] }, after: string): Promise<ReadableObject> {
    const answer = await getObject(this.s3, this.bucket, this.keyOf(key));
    expectAnswer(answer, withoutEncryptionEcho({ ...expectedGetAnswer(object), headers: { ...expectedGetAnswer(object).headers, etag: object.etag } }), `GET ${key} after ${after}`);
    const lastModified = parseHttpDate(answer.headers["last-modified"] ?? "");
    if (lastModified === undefined) throw new ConformanceFailure(`GET ${key} after ${after} answered ${describeAnswer(answer)} without a Last-Modified`);
    return { ...object, lastModified };
  }
}

import { parseHttpDate } from "../../../oracle/http-date.ts";
import { describeAnswer } from "../../../transport/answer.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { failCheck } from "../../../harness/check-scope.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { getObject } from "../../../fixtures/s3/s3-operations.ts";
import type { S3Session } from "../../../transport/s3-session.ts";
import { IMF_FIXDATE } from "../../../oracle/expected-answer.ts";
import type { ReadRuleId } from "../../../oracle/rules/read-rules.ts";
import type { ObjectState } from "../../../oracle/stored-object.ts";
import { abortUpload } from "../../../fixtures/s3/multipart-operations.ts";
import { MODEL_KEYS, type BucketModel, type ModelKey, type UploadSlot } from "./bucket-model.ts";
import { withoutEncryptionEcho } from "../../../oracle/answer-filters.ts";
import type { MultipartUpload } from "../../../oracle/multipart/decide-multipart.ts";
import { decideReadBack, type ReadableObject } from "../../../oracle/read/decide-read.ts";

/** The rules that decided what a write stored, where they are not the read rules (a completed upload's). */
export interface StoredBy {
  rule?: string;
  fieldRules?: Record<string, string>;
}

/**
 * The real side of a command sequence: the target's bucket, a key prefix of this sequence's own (so
 * every run and every shrink starts empty), and the upload ids the target handed out per slot.
 */
export class BucketUnderTest {
  readonly s3: S3Session;
  readonly bucket: string;
  readonly prefix: string;
  readonly uploadIds = new Map<UploadSlot, string>();
  readonly uploadKeys = new Map<UploadSlot, ModelKey>();

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
  async expectStored(key: ModelKey, object: ObjectState & { etag: string; partSizes?: number[] }, after: string, decidedBy: StoredBy = {}): Promise<ReadableObject> {
    const answer = await getObject(this.s3, this.bucket, this.keyOf(key));
    const expected = decideReadBack(object, "GET");
    const rules = { rule: decidedBy.rule ?? expected.rule, fieldRules: { ...expected.fieldRules, ...decidedBy.fieldRules } };
    expectAnswer(answer, withoutEncryptionEcho({ ...expected, ...rules, headers: { ...expected.headers, etag: object.etag } }), `GET ${key} after ${after}`);
    const text = answer.headers["last-modified"];
    const lastModified = parseHttpDate(text ?? "", nowSeconds());
    if (lastModified === undefined) {
      // The comparison above found it already; what follows compares dates with it, so the sequence ends here.
      const rule: ReadRuleId = "read.object.last-modified";
      failCheck({
        rule,
        field: "header last-modified",
        expected: `matching ${IMF_FIXDATE}`,
        observed: text === undefined ? "absent" : "not matching",
        detail: `GET ${key} after ${after} answered ${describeAnswer(answer)} without an HTTP-date Last-Modified`,
      });
    }
    return { ...object, lastModified };
  }

  /** Removes what the sequence left (its keys and uploads), so runs and shrinks do not pile up in the target. */
  async cleanUp(): Promise<void> {
    const deletions = MODEL_KEYS.map((key) => this.s3.send({ method: "DELETE", bucket: this.bucket, key: this.keyOf(key) }));
    const aborts = [...this.uploadIds.entries()].map(([slot, uploadId]) => abortUpload(this.s3, this.bucket, this.keyOf(this.uploadKeys.get(slot) ?? MODEL_KEYS[0]), uploadId));
    await Promise.allSettled([...deletions, ...aborts]);
  }
}

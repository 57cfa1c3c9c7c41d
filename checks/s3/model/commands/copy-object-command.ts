import type fc from "fast-check";
import { copyObject, copySource } from "../../../../fixtures/s3/copy-operations.ts";
import { expectAnswer } from "../../../../harness/expect-answer.ts";
import { putHeaders, type StoredHeaders } from "../../../../oracle/stored-object.ts";
import { PLAIN_BUCKET } from "../../copy/store-source.ts";
import { nowSeconds } from "../../../../harness/clock.ts";
import { recordWrite, type BucketModel, type ModelKey } from "../bucket-model.ts";
import type { BucketUnderTest } from "../bucket-under-test.ts";
import { COPY_SOURCE_PREFIX, etagConditionHeaders, FOREIGN_ETAG, type EtagCondition } from "./etag-condition.ts";
import { withoutEncryptionEcho } from "../../../../oracle/answer-filters.ts";
import { decideCopy } from "../../../../oracle/copy/decide-copy.ts";

/** CopyObject within the bucket, with either directive, replacement headers and a copy-source condition. */
export class CopyObjectCommand implements fc.AsyncCommand<BucketModel, BucketUnderTest> {
  readonly source: ModelKey;
  readonly destination: ModelKey;
  readonly directive: "COPY" | "REPLACE";
  readonly headers: StoredHeaders;
  readonly metadata: Record<string, string>;
  readonly condition: EtagCondition;

  constructor(source: ModelKey, destination: ModelKey, directive: "COPY" | "REPLACE", headers: StoredHeaders, metadata: Record<string, string>, condition: EtagCondition) {
    this.source = source;
    this.destination = destination;
    this.directive = directive;
    this.headers = headers;
    this.metadata = metadata;
    this.condition = condition;
  }

  check(): boolean {
    return true;
  }

  async run(model: BucketModel, real: BucketUnderTest): Promise<void> {
    const source = model.objects.get(this.source);
    const destination = model.objects.get(this.destination);
    const headers: Record<string, string> = {
      "x-amz-copy-source": copySource(real.bucket, real.keyOf(this.source)),
      "x-amz-metadata-directive": this.directive,
      ...putHeaders(this),
      ...etagConditionHeaders(this.condition, source?.etag ?? FOREIGN_ETAG, COPY_SOURCE_PREFIX),
    };
    const world = {
      source: source ? { ...source, key: real.keyOf(this.source), encryption: "AES256" as const } : ("no-such-key" as const),
      destination: destination ? { etag: destination.etag } : ("absent" as const),
      bucket: PLAIN_BUCKET,
      now: nowSeconds(),
    };
    const outcome = decideCopy(world, { bucket: real.bucket, key: real.keyOf(this.destination), headers });
    expectAnswer(await copyObject(real.s3, real.bucket, real.keyOf(this.destination), headers), withoutEncryptionEcho(outcome.answer), String(this));
    if (!outcome.stored) return;
    const etag = outcome.answer.result?.fields.ETag;
    if (typeof etag !== "string") throw new Error(`undecided: the oracle names no exact ETag for ${String(this)}`);
    const copied = { key: this.destination, body: outcome.stored.body, headers: outcome.stored.headers, metadata: outcome.stored.metadata, etag };
    recordWrite(model, this.destination, await real.expectStored(this.destination, copied, String(this)));
  }

  toString(): string {
    return `CopyObject(${this.source} → ${this.destination}, ${this.directive}, ${JSON.stringify(this.headers)}, ${JSON.stringify(this.metadata)}, source ${this.condition})`;
  }
}

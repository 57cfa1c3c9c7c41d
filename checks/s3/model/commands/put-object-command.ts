import type fc from "fast-check";
import { expectAnswer } from "../../../../harness/expect-answer.ts";
import { putObject } from "../../../../fixtures/s3/s3-operations.ts";
import { fillBody } from "../../../../generators/body-of-size.ts";
import type { StoredHeaders } from "../../../../oracle/stored-object.ts";
import { recordWrite, type BucketModel, type ModelKey } from "../bucket-model.ts";
import type { BucketUnderTest } from "../bucket-under-test.ts";
import { writeConditionHeaders, type WriteCondition } from "./write-condition.ts";
import { withoutEncryptionEcho } from "../../../../oracle/answer-filters.ts";
import { singlePartEtag } from "../../../../oracle/entity-tags.ts";
import { decidePut, decideWriteConditions } from "../../../../oracle/put/decide-put.ts";

/** PutObject of a generated body with stored headers and metadata, optionally conditional. */
export class PutObjectCommand implements fc.AsyncCommand<BucketModel, BucketUnderTest> {
  readonly key: ModelKey;
  readonly size: number;
  readonly seed: number;
  readonly headers: StoredHeaders;
  readonly metadata: Record<string, string>;
  readonly condition: WriteCondition;

  constructor(key: ModelKey, size: number, seed: number, headers: StoredHeaders, metadata: Record<string, string>, condition: WriteCondition) {
    this.key = key;
    this.size = size;
    this.seed = seed;
    this.headers = headers;
    this.metadata = metadata;
    this.condition = condition;
  }

  check(): boolean {
    return true;
  }

  async run(model: BucketModel, real: BucketUnderTest): Promise<void> {
    const body = fillBody(this.size, this.seed);
    const current = model.objects.get(this.key);
    const conditions = writeConditionHeaders(this.condition, current?.etag);
    const refusal = decideWriteConditions(current, conditions, real.keyOf(this.key));
    const object = { key: this.key, body, headers: this.headers, metadata: this.metadata };
    const answer = await putObject(real.s3, real.bucket, { ...object, key: real.keyOf(this.key) }, conditions);
    expectAnswer(answer, withoutEncryptionEcho(refusal ?? decidePut(body)), String(this));
    if (refusal) return;
    recordWrite(model, this.key, await real.expectStored(this.key, { ...object, etag: singlePartEtag(body) }, String(this)));
  }

  toString(): string {
    return `PutObject(${this.key}, ${this.size} bytes, seed ${this.seed}, ${JSON.stringify(this.headers)}, ${JSON.stringify(this.metadata)}, ${this.condition})`;
  }
}

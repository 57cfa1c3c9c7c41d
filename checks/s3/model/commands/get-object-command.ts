import type fc from "fast-check";
import { expectAnswer } from "../../../../harness/expect-answer.ts";
import { getObject } from "../../../../fixtures/s3/s3-operations.ts";
import { nowSeconds } from "../../../../harness/clock.ts";
import type { BucketModel, ModelKey } from "../bucket-model.ts";
import type { BucketUnderTest } from "../bucket-under-test.ts";
import { etagConditionHeaders, FOREIGN_ETAG, type EtagCondition } from "./etag-condition.ts";
import { withoutEncryptionEcho } from "../../../../oracle/answer-filters.ts";
import { decideNoSuchKey, decideRead, type ReadRequest } from "../../../../oracle/read/decide-read.ts";

/** GetObject of a key, maybe conditional, maybe of one part: whatever the model holds decides the answer. */
export class GetObjectCommand implements fc.AsyncCommand<BucketModel, BucketUnderTest> {
  readonly key: ModelKey;
  readonly condition: EtagCondition;
  readonly partNumber: number | undefined;

  constructor(key: ModelKey, condition: EtagCondition, partNumber: number | undefined) {
    this.key = key;
    this.condition = condition;
    this.partNumber = partNumber;
  }

  /** A missing key is read without conditions or partNumber: their order against NoSuchKey is not recorded. */
  check(model: Readonly<BucketModel>): boolean {
    return model.objects.has(this.key) || (this.condition === "none" && this.partNumber === undefined);
  }

  async run(model: BucketModel, real: BucketUnderTest): Promise<void> {
    const object = model.objects.get(this.key);
    const request: ReadRequest = { method: "GET", headers: etagConditionHeaders(this.condition, object?.etag ?? FOREIGN_ETAG), query: this.partNumber === undefined ? {} : { partNumber: String(this.partNumber) } };
    const expected = object ? withoutEncryptionEcho(decideRead(object, request, nowSeconds())) : decideNoSuchKey(real.keyOf(this.key), "GET");
    expectAnswer(await getObject(real.s3, real.bucket, real.keyOf(this.key), request.headers as Record<string, string>, request.query as Record<string, string>), expected, String(this));
  }

  toString(): string {
    return `GetObject(${this.key}, ${this.condition}${this.partNumber === undefined ? "" : `, part ${this.partNumber}`})`;
  }
}

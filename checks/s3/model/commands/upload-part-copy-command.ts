import type fc from "fast-check";
import { copySource } from "../../../../fixtures/s3/copy-operations.ts";
import { expectAnswer } from "../../../../harness/expect-answer.ts";
import { uploadPartCopy } from "../../../../fixtures/s3/multipart-operations.ts";
import { nowSeconds } from "../../../../harness/clock.ts";
import type { BucketModel, ModelKey, UploadSlot } from "../bucket-model.ts";
import type { BucketUnderTest } from "../bucket-under-test.ts";
import { endedUploads } from "./upload-part-command.ts";
import { COPY_SOURCE_PREFIX, etagConditionHeaders, type EtagCondition } from "./etag-condition.ts";
import { decideUploadPartCopy } from "../../../../oracle/multipart/decide-multipart.ts";

/** A span of the source in thousandths of its size, so that it means something whatever the source's size. */
export type PartCopySpan = "whole" | { from: number; to: number };

/** UploadPartCopy of an existing object, whole or a span of it, with a copy-source condition. */
export class UploadPartCopyCommand implements fc.AsyncCommand<BucketModel, BucketUnderTest> {
  readonly slot: UploadSlot;
  readonly partNumber: number;
  readonly source: ModelKey;
  readonly span: PartCopySpan;
  readonly condition: EtagCondition;

  constructor(slot: UploadSlot, partNumber: number, source: ModelKey, span: PartCopySpan, condition: EtagCondition) {
    this.slot = slot;
    this.partNumber = partNumber;
    this.source = source;
    this.span = span;
    this.condition = condition;
  }

  check(model: Readonly<BucketModel>): boolean {
    return model.uploads.has(this.slot) && model.objects.has(this.source);
  }

  async run(model: BucketModel, real: BucketUnderTest): Promise<void> {
    const upload = model.uploads.get(this.slot);
    const uploadId = real.uploadIds.get(this.slot);
    const source = model.objects.get(this.source);
    if (!upload || !uploadId || !source) throw new Error(`slot ${this.slot} or source ${this.source} is missing`);
    const headers: Record<string, string> = { ...etagConditionHeaders(this.condition, source.etag, COPY_SOURCE_PREFIX) };
    const range = rangeOf(this.span, source.body.length);
    if (range) headers["x-amz-copy-source-range"] = range;
    const request = { key: real.keyOf(upload.key), uploadId, partNumber: String(this.partNumber), headers };
    const decision = decideUploadPartCopy(real.openUploads(model), request, source, nowSeconds(), endedUploads(model, real));
    const answer = await uploadPartCopy(real.s3, real.bucket, request.key, uploadId, request.partNumber, { "x-amz-copy-source": copySource(real.bucket, real.keyOf(this.source)), ...headers });
    expectAnswer(answer, decision.answer, `${String(this)} with ${range ?? "no range"}`);
    if (decision.stored) upload.parts.set(decision.stored.partNumber, decision.stored.part);
  }

  toString(): string {
    const span = this.span === "whole" ? "whole" : `‰${this.span.from}-${this.span.to}`;
    return `UploadPartCopy(slot ${this.slot}, part ${this.partNumber}, from ${this.source}, ${span}, source ${this.condition})`;
  }
}

/** `bytes=first-last` for the span; an empty source has no byte to name, so `bytes=0-0` (400 InvalidRequest). */
function rangeOf(span: PartCopySpan, size: number): string | undefined {
  if (span === "whole") return undefined;
  const first = Math.min(Math.floor((span.from * size) / 1000), Math.max(size - 1, 0));
  const last = Math.max(first, Math.min(Math.floor((span.to * size) / 1000), Math.max(size - 1, 0)));
  return `bytes=${first}-${last}`;
}

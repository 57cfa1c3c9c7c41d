import fc from "fast-check";
import { storedHeaders } from "../../../generators/stored-headers.ts";
import { userMetadata } from "../../../generators/user-metadata.ts";
import { MODEL_KEYS, UPLOAD_SLOTS, type BucketModel } from "./bucket-model.ts";
import type { BucketUnderTest } from "./bucket-under-test.ts";
import { AbortUploadCommand } from "./commands/abort-upload-command.ts";
import { CompleteUploadCommand, DECLARED_SIZES, PART_LISTINGS } from "./commands/complete-upload-command.ts";
import { CopyObjectCommand } from "./commands/copy-object-command.ts";
import { CreateUploadCommand } from "./commands/create-upload-command.ts";
import { ETAG_CONDITIONS } from "./commands/etag-condition.ts";
import { GetObjectCommand } from "./commands/get-object-command.ts";
import { PutObjectCommand } from "./commands/put-object-command.ts";
import { UploadPartCommand } from "./commands/upload-part-command.ts";
import { UploadPartCopyCommand } from "./commands/upload-part-copy-command.ts";
import { UploadPlanCommand } from "./commands/upload-plan-command.ts";
import { completePartPlan } from "../../../generators/complete-part-plan.ts";
import { WRITE_CONDITIONS } from "./commands/write-condition.ts";
import { MIN_PART_SIZE } from "../../../oracle/multipart/decide-multipart.ts";

type BucketCommand = fc.AsyncCommand<BucketModel, BucketUnderTest>;

const key = fc.constantFrom(...MODEL_KEYS);
const slot = fc.constantFrom(...UPLOAD_SLOTS);
const seed = fc.nat(0xffff);
const metadata = userMetadata({ maxEntries: 2 });
const partNumber = fc.integer({ min: 1, max: 3 });

const put = fc
  .tuple(key, fc.integer({ min: 0, max: 2048 }), seed, storedHeaders(), metadata, fc.constantFrom(...WRITE_CONDITIONS))
  .map((args) => new PutObjectCommand(...args));
const copy = fc
  .tuple(key, key, fc.constantFrom("COPY" as const, "REPLACE" as const), storedHeaders(), metadata, fc.constantFrom(...ETAG_CONDITIONS))
  .map((args) => new CopyObjectCommand(...args));
const get = fc
  .tuple(key, fc.constantFrom(...ETAG_CONDITIONS), fc.option(partNumber, { nil: undefined }))
  .map((args) => new GetObjectCommand(...args));

/** Mostly small parts (EntityTooSmall unless last), sometimes one of exactly the 5 MiB minimum. */
const partSize = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 2048 }) }, { weight: 1, arbitrary: fc.constant(MIN_PART_SIZE) });
const span = fc.oneof(
  fc.constant("whole" as const),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
);
const create = fc.tuple(slot, key, storedHeaders(), metadata).map((args) => new CreateUploadCommand(...args));
const uploadPart = fc.tuple(slot, partNumber, partSize, seed).map((args) => new UploadPartCommand(...args));
const uploadPartCopy = fc.tuple(slot, partNumber, key, span, fc.constantFrom(...ETAG_CONDITIONS)).map((args) => new UploadPartCopyCommand(...args));
const uploadPlan = fc.tuple(slot, completePartPlan(), seed).map((args) => new UploadPlanCommand(...args));
const complete = fc
  .tuple(slot, fc.constantFrom(...PART_LISTINGS), fc.constantFrom(...WRITE_CONDITIONS), fc.constantFrom(...DECLARED_SIZES))
  .map((args) => new CompleteUploadCommand(...args));
const abort = slot.map((chosen) => new AbortUploadCommand(chosen));

/** Sequences of PutObject, CopyObject and conditional GetObject on three keys. */
export function copyCommands(maxCommands: number): fc.Arbitrary<Iterable<BucketCommand>> {
  const arbitraries: fc.Arbitrary<BucketCommand>[] = [put, put, copy, copy, get];
  return fc.commands(arbitraries, { maxCommands, size: "max" });
}

/**
 * The copy commands and multipart uploads in two slots: create, UploadPart (one part, or a plan of a
 * few that Complete's listings turn into each of its answers), UploadPartCopy, Complete, Abort.
 */
export function multipartCommands(maxCommands: number): fc.Arbitrary<Iterable<BucketCommand>> {
  const arbitraries: fc.Arbitrary<BucketCommand>[] = [put, copy, get, create, create, uploadPart, uploadPart, uploadPlan, uploadPlan, uploadPartCopy, complete, complete, complete, abort];
  return fc.commands(arbitraries, { maxCommands, size: "max" });
}

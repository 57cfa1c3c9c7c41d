import type fc from "fast-check";
import type { BucketModel } from "./bucket-model.ts";
import type { BucketUnderTest } from "./bucket-under-test.ts";
import { AbortUploadCommand } from "./commands/abort-upload-command.ts";
import { CompleteUploadCommand } from "./commands/complete-upload-command.ts";
import { CreateUploadCommand } from "./commands/create-upload-command.ts";
import { PutObjectCommand } from "./commands/put-object-command.ts";
import { UploadPartCommand } from "./commands/upload-part-command.ts";
import { UploadPlanCommand } from "./commands/upload-plan-command.ts";

type BucketCommand = fc.AsyncCommand<BucketModel, BucketUnderTest>;

/** A command sequence written out, printed in a counterexample as fast-check prints a drawn one. */
export class FixedSequence implements Iterable<BucketCommand> {
  readonly commands: readonly BucketCommand[];

  constructor(...commands: BucketCommand[]) {
    this.commands = commands;
  }

  [Symbol.iterator](): Iterator<BucketCommand> {
    return this.commands[Symbol.iterator]();
  }

  toString(): string {
    return this.commands.map(String).join(",");
  }
}

const NO_HEADERS = {};
const NO_METADATA = {};

/**
 * Sequences every run sends before the drawn ones, so that the model meets each of
 * CompleteMultipartUpload's answers whatever the corpus draws, each among other commands on the key.
 */
export const COMPLETE_RULE_SEQUENCES: readonly FixedSequence[] = [
  // InvalidPartOrder, InvalidPart (part 2, in the gap), a misdeclared size, then the object; the id is gone after.
  new FixedSequence(
    new CreateUploadCommand(0, "a", NO_HEADERS, NO_METADATA),
    new UploadPlanCommand(0, "gapped", 1),
    new CompleteUploadCommand(0, "descending", "none"),
    new CompleteUploadCommand(0, "with-unknown", "none"),
    new CompleteUploadCommand(0, "ascending", "none", "misdeclared"),
    new CompleteUploadCommand(0, "ascending", "none", "declared"),
    new UploadPartCommand(0, 1, 10, 2),
  ),
  // EntityTooSmall and an empty list leave the upload open; after Abort, Complete finds no upload.
  new FixedSequence(
    new CreateUploadCommand(1, "b", NO_HEADERS, NO_METADATA),
    new UploadPlanCommand(1, "small-then-small", 3),
    new CompleteUploadCommand(1, "ascending", "none"),
    new CompleteUploadCommand(1, "empty", "none"),
    new AbortUploadCommand(1),
    new CompleteUploadCommand(1, "ascending", "none"),
  ),
  // If-Match on a key that is not there, then another ETag, then the key's own.
  new FixedSequence(
    new CreateUploadCommand(0, "c", NO_HEADERS, NO_METADATA),
    new UploadPlanCommand(0, "one-small", 4),
    new CompleteUploadCommand(0, "ascending", "if-match-current"),
    new PutObjectCommand("a", 20, 5, NO_HEADERS, NO_METADATA, "none"),
    new CreateUploadCommand(1, "a", NO_HEADERS, NO_METADATA),
    new UploadPlanCommand(1, "minimum-then-small", 6),
    new CompleteUploadCommand(1, "ascending", "if-match-other"),
    new CompleteUploadCommand(1, "ascending", "if-match-current"),
  ),
  // If-None-Match: * on a key that exists, then a condition that holds on a key written during the upload.
  new FixedSequence(
    new PutObjectCommand("b", 30, 7, NO_HEADERS, NO_METADATA, "none"),
    new CreateUploadCommand(0, "b", NO_HEADERS, NO_METADATA),
    new UploadPlanCommand(0, "one-small", 8),
    new CompleteUploadCommand(0, "ascending", "if-none-match-star"),
    new PutObjectCommand("b", 40, 9, NO_HEADERS, NO_METADATA, "none"),
    new CompleteUploadCommand(0, "ascending", "if-match-current"),
  ),
];

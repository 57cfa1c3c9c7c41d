import fc from "fast-check";
import { checkProperty } from "../../../harness/property.ts";
import { conformance, type CaseContext } from "../../../fixtures/s3/test.ts";
import { emptyModel, type BucketModel } from "../../../checks/s3/model/bucket-model.ts";
import { copyCommands, multipartCommands } from "../../../checks/s3/model/bucket-commands.ts";
import { BucketUnderTest } from "../../../checks/s3/model/bucket-under-test.ts";
import { COMPLETE_RULE_SEQUENCES, type FixedSequence } from "../../../checks/s3/model/complete-sequences.ts";

/**
 * Runs generated command sequences against the target and the model side by side; after each step the
 * target's answer and the object it holds must be the model's. Each sequence has a key prefix of its
 * own, so shrinking replays start from an empty bucket too, and removes what it made when it ends.
 */
/**
 * The sequences are a fixed corpus, drawn with a seed of the case's own rather than the run's: which
 * rules a random sequence meets is chance, and a run compared with last night's must meet the same.
 */
const CORPUS_SEED = 20261204;

async function checkSequences(
  context: CaseContext,
  commands: fc.Arbitrary<Iterable<fc.AsyncCommand<BucketModel, BucketUnderTest>>>,
  maxRuns: number,
  examples: readonly FixedSequence[] = [],
): Promise<void> {
  let sequence = 0;
  await checkProperty(
    context,
    [commands],
    async (chosen) => {
      sequence += 1;
      const real = new BucketUnderTest(context.s3, context.bucket, `sequence-${sequence}/`);
      try {
        await fc.asyncModelRun(() => ({ model: emptyModel(), real }), chosen);
      } finally {
        await real.cleanUp();
      }
    },
    // Each sequence reaches refusals by chance; their informational elements have cases of their own.
    { maxRuns, errorElements: false, seed: CORPUS_SEED, examples: examples.map((sequence) => [sequence]) },
  );
}

conformance(
  {
    id: "s3.copy-object.model.command-sequences",
    protocol: "s3",
    operation: "CopyObject",
    feature: "model",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html",
    title: "Sequences of PutObject, CopyObject (COPY or REPLACE, copy-source conditions) and conditional GetObject leave exactly the objects the model holds",
  },
  (context) => checkSequences(context, copyCommands(12), 30),
);

conformance(
  {
    id: "s3.complete-multipart-upload.model.command-sequences",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "model",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html",
    title: "Sequences mixing multipart uploads (create, UploadPart, UploadPartCopy, Complete, Abort) with PutObject, CopyObject and GetObject answer and store what the model says",
  },
  // Sequences reaching each of Complete's answers first, then the drawn corpus.
  (context) => checkSequences(context, multipartCommands(16), 25, COMPLETE_RULE_SEQUENCES),
);

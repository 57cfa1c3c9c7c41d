import fc from "fast-check";
import { copyObject, copySource } from "../../../fixtures/s3/copy-operations.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { headObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { copyWorld, storeSource } from "../../../checks/s3/copy/store-source.ts";
import { withoutEncryptionEcho } from "../../../oracle/answer-filters.ts";
import { decideCopy, decideCopyReadBack, storageClassHeader } from "../../../oracle/copy/decide-copy.ts";

/** Classes whose objects stay readable without a restore, so HEAD and GET answer as usual. */
const READABLE_CLASSES = ["STANDARD", "REDUCED_REDUNDANCY", "STANDARD_IA", "ONEZONE_IA", "INTELLIGENT_TIERING", "GLACIER_IR"] as const;

/** Every source class with every requested class (and none), sent first on every run. */
const CLASS_PAIRS = READABLE_CLASSES.flatMap((sourceClass) => [undefined, ...READABLE_CLASSES].map((requested) => [[sourceClass, requested]]));

conformance(
  {
    id: "s3.copy-object.storage-class.requested-not-inherited",
    protocol: "s3",
    operation: "CopyObject",
    feature: "storage-class",
    requirement: "MUST",
    source: "aws-observed:copy-storage-class-not-inherited",
    title: "The copy has the x-amz-storage-class of the request, STANDARD when none is sent, never the source's; HEAD names it (no header for STANDARD)",
  },
  async (context) => {
    const { s3, bucket } = context;
    const input = fc.tuple(fc.constantFrom(...READABLE_CLASSES), fc.option(fc.constantFrom(...READABLE_CLASSES), { nil: undefined }));
    await checkProperty(context, [input], async ([sourceClass, requested]) => {
      const object = { key: "source", body: Buffer.from(`stored as ${sourceClass}`), headers: {}, metadata: {} };
      const source = await storeSource(context, object, { "x-amz-storage-class": sourceClass });
      const headers: Record<string, string> = { "x-amz-copy-source": copySource(bucket, "source"), ...(requested ? { "x-amz-storage-class": requested } : {}) };
      const outcome = decideCopy(copyWorld(source), { bucket, key: "copy", headers });
      expectAnswer(await copyObject(s3, bucket, "copy", headers), withoutEncryptionEcho(outcome.answer), `CopyObject of a ${sourceClass} source with x-amz-storage-class ${requested ?? "(none)"}`);
      if (!outcome.stored) return;
      const withClass = decideCopyReadBack(outcome.stored, "HEAD", headers, { "x-amz-storage-class": storageClassHeader(outcome.stored.storageClass) });
      expectAnswer(await headObject(s3, bucket, "copy"), withoutEncryptionEcho(withClass), "HEAD of the copy");
    }, { maxRuns: 20, examples: CLASS_PAIRS });
  },
);

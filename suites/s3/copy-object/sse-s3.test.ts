import fc from "fast-check";
import { checkProperty } from "../../../harness/property.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { sseEncryptionRequest } from "../../../generators/sse-encryption-request.ts";
import { copyBetween, copyEncrypted, describeCopy, everyEncryptionKind, pairsInvolving } from "../../../checks/s3/copy/sse-copy.ts";

conformance(
  {
    id: "s3.copy-object.sse-s3.source-destination-combinations",
    protocol: "s3",
    operation: "CopyObject",
    feature: "sse-s3",
    requirement: "MUST",
    source: "aws-observed:put-default-sse-s3",
    title: "CopyObject from and to SSE-S3, asked for or by the bucket default, echoes x-amz-server-side-encryption: AES256 and the MD5 ETag, and so does a GET of the copy",
  },
  async (context) => {
    await checkProperty(context, [fc.tuple(sseEncryptionRequest(), sseEncryptionRequest())], ([source, destination]) =>
      copyEncrypted(context, copyBetween(source, destination), describeCopy(source, destination)), { maxRuns: 8, examples: pairsInvolving(everyEncryptionKind([], false, context.run.seed), "sse-s3") });
  },
);

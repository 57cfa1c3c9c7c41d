import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { targetSseWorld } from "../../../fixtures/s3/sse/target-sse-world.ts";
import { conformance, type CaseContext } from "../../../fixtures/s3/test.ts";
import { objectBody } from "../../../generators/object-body.ts";
import { SSE } from "../../../oracle/sse/header-names.ts";
import { decideSsePut } from "../../../oracle/sse/decide-sse.ts";

/** PUTs of generated bodies with these headers: 200, AES256 echoed, the MD5 ETag. */
async function sseS3Property(context: CaseContext, headers: Record<string, string>): Promise<void> {
  const { s3, bucket, target } = context;
  await checkProperty(context, [objectBody({ maxSize: 4096 })], async (body) => {
    const { answer } = decideSsePut(targetSseWorld(target), headers, body);
    expectAnswer(await s3.send({ method: "PUT", bucket, key: "sse-s3", headers, body }), answer, `PUT of ${body.length} bytes with ${JSON.stringify(headers)}`);
  }, { maxRuns: 10 });
}

conformance(
  {
    id: "s3.put-object.sse-s3.default-echoed",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-s3",
    requirement: "MUST",
    source: "aws-observed:put-default-sse-s3",
    title: "PutObject without encryption headers is encrypted by the bucket default SSE-S3: it echoes x-amz-server-side-encryption: AES256 and the MD5 ETag",
  },
  (context) => sseS3Property(context, {}),
);

conformance(
  {
    id: "s3.put-object.sse-s3.requested-echoed",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-s3",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/userguide/specifying-s3-encryption.html",
    title: "PutObject with x-amz-server-side-encryption: AES256 echoes AES256, no KMS key and no bucket key, and the MD5 ETag",
  },
  (context) => sseS3Property(context, { [SSE]: "AES256" }),
);

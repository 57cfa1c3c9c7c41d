import { randomUUID } from "node:crypto";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { caseKeys } from "../../../fixtures/s3/sse/case-keys.ts";
import { withKeyIdInEitherForm } from "../../../oracle/sse/key-id-echo.ts";
import { requireKmsKeyIds, requireSseC } from "../../../fixtures/s3/sse/sse-requirements.ts";
import { targetSseWorld } from "../../../fixtures/s3/sse/target-sse-world.ts";
import { conformance, type CaseContext } from "../../../fixtures/s3/test.ts";
import type { ExpectedAnswer } from "../../../oracle/expected-answer.ts";
import { customerKeyHeaders } from "../../../oracle/sse/customer-key-request.ts";
import { BUCKET_KEY_ENABLED, KMS_KEY_ID, SSE } from "../../../oracle/sse/header-names.ts";
import { withHeaderRulesOnly, withoutHeaderRules } from "../../../oracle/answer-filters.ts";
import { decideSsePut } from "../../../oracle/sse/decide-sse.ts";

const PUT_DOCS = "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html";

/** A PUT with these headers per declared key id, its answer the oracle's as far as `rules` go. */
async function putPerKey(context: CaseContext, headersFor: (keyId: string) => Record<string, string>, rules: (answer: ExpectedAnswer, keyId: string) => ExpectedAnswer): Promise<void> {
  const { s3, bucket, target } = context;
  for (const keyId of requireKmsKeyIds(target)) {
    const headers = headersFor(keyId);
    const body = Buffer.from(`encrypted under ${keyId}`);
    const { answer } = decideSsePut(targetSseWorld(target), headers, body);
    expectAnswer(await s3.send({ method: "PUT", bucket, key: "kms", headers, body }), rules(answer, keyId), `PUT with aws:kms and key ${keyId}`);
  }
}

const withKey = (keyId: string) => ({ [SSE]: "aws:kms", [KMS_KEY_ID]: keyId });

conformance(
  {
    id: "s3.put-object.sse-kms.key-id-echoed",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:put-kms-key-id-echoed-as-arn",
    title: "PutObject with aws:kms and a key id answers 200 echoing aws:kms and the key, and no bucket key unless asked",
    requires: ["kms-key"],
  },
  (context) => putPerKey(context, withKey, (answer, keyId) => withKeyIdInEitherForm(withoutHeaderRules(answer, ["etag"]), keyId)),
);

conformance(
  {
    id: "s3.put-object.sse-kms.key-id-echoed-as-arn",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-kms",
    requirement: "SHOULD",
    source: "aws-observed:put-kms-key-id-echoed-as-arn",
    title: "The key id PutObject echoes is the key's full ARN, also when the request named it by bare id",
    requires: ["kms-key"],
  },
  (context) => putPerKey(context, withKey, (answer) => withHeaderRulesOnly(answer, [KMS_KEY_ID])),
);

conformance(
  {
    id: "s3.put-object.sse-kms.etag-not-md5",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-kms",
    requirement: "SHOULD",
    source: "aws-observed:put-kms-key-id-echoed-as-arn",
    title: "The ETag of an SSE-KMS PutObject is a quoted 32-hex digest that is not the MD5 of the plaintext",
    requires: ["kms-key"],
  },
  (context) => putPerKey(context, withKey, (answer) => withHeaderRulesOnly(answer, ["etag"])),
);

conformance(
  {
    id: "s3.put-object.sse-kms.bucket-key-echoed",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:create-mpu-kms",
    title: "PutObject with aws:kms and x-amz-server-side-encryption-bucket-key-enabled: true echoes the bucket key as true",
    requires: ["kms-key"],
  },
  (context) => putPerKey(context, (keyId) => ({ ...withKey(keyId), [BUCKET_KEY_ENABLED]: "true" }), (answer) => withHeaderRulesOnly(answer, [SSE, BUCKET_KEY_ENABLED])),
);

conformance(
  {
    id: "s3.put-object.sse-kms.key-id-without-aws-kms",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: PUT_DOCS,
    title: "PutObject with a KMS key id but without x-amz-server-side-encryption: aws:kms (none, or AES256) is 400 InvalidArgument",
    requires: ["kms-key"],
  },
  async (context) => {
    await putPerKey(context, (keyId) => ({ [KMS_KEY_ID]: keyId }), (answer) => answer);
    await putPerKey(context, (keyId) => ({ [SSE]: "AES256", [KMS_KEY_ID]: keyId }), (answer) => answer);
  },
);

conformance(
  {
    id: "s3.put-object.sse-kms.unknown-key-id",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:put-kms-invalid-key-id",
    title: "PutObject with aws:kms and a key id the store does not hold is 400 KMS.NotFoundException",
    requires: ["kms-key"],
  },
  async ({ s3, bucket, target }) => {
    requireKmsKeyIds(target);
    for (const keyId of [randomUUID(), "fake-key-id"]) {
      const headers = withKey(keyId);
      const body = Buffer.from("never stored");
      const { answer } = decideSsePut(targetSseWorld(target), headers, body);
      expectAnswer(await s3.send({ method: "PUT", bucket, key: "kms", headers, body }), answer, `PUT with aws:kms and the unknown key ${keyId}`);
    }
  },
);

conformance(
  {
    id: "s3.put-object.sse-kms.with-sse-c",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-kms",
    requirement: "MUST",
    source: "aws-observed:put-ssec-plus-sse-header",
    title: "PutObject with aws:kms and SSE-C headers is 400 InvalidArgument naming x-amz-server-side-encryption and aws:kms",
    requires: ["sse-c", "kms-key"],
  },
  async (context) => {
    requireSseC(context.target);
    const [key] = caseKeys(context.run, 1);
    if (!key) throw new Error("no key");
    await putPerKey(context, (keyId) => ({ ...withKey(keyId), ...customerKeyHeaders(key) }), (answer) => answer);
  },
);

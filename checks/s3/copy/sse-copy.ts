import fc from "fast-check";
import { describeAnswer, parseResultBody } from "../../../transport/answer.ts";
import { copySource } from "../../../fixtures/s3/copy-operations.ts";
import { failCheck } from "../../../harness/check-scope.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { withKeyIdInEitherForm } from "../../../oracle/sse/key-id-echo.ts";
import { storeEncrypted } from "../../../fixtures/s3/sse/store-encrypted.ts";
import { targetSseWorld } from "../../../fixtures/s3/sse/target-sse-world.ts";
import type { CaseContext } from "../../../fixtures/s3/test.ts";
import { sseCustomerKey } from "../../../generators/sse-customer-key.ts";
import type { ExpectedAnswer } from "../../../oracle/expected-answer.ts";
import { readEncryptionHeaders, writeEncryptionHeaders, type EncryptionRequest } from "../../../oracle/sse/encryption-request.ts";
import { KMS_KEY_ID } from "../../../oracle/sse/header-names.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { PLAIN_BUCKET } from "./store-source.ts";
import { decideSseCopy, decideSseRead } from "../../../oracle/sse/decide-sse.ts";

/** A copy: how its source is stored, and the headers the CopyObject sends besides x-amz-copy-source. */
export interface EncryptedCopyRequest {
  source: EncryptionRequest;
  headers: Record<string, string>;
  /** What a GET of the copy sends, when the copy succeeds. */
  readCopy?: Record<string, string>;
}

/** The copy-source and destination headers of a copy from `source` to `destination`, each with its own key. */
export function copyBetween(source: EncryptionRequest, destination: EncryptionRequest): EncryptedCopyRequest {
  return { source, headers: { ...readEncryptionHeaders(source, "copy-source"), ...writeEncryptionHeaders(destination) }, readCopy: readEncryptionHeaders(destination) };
}

/**
 * Stores the source, copies it with the request's headers and holds the answer to the oracle's; when
 * the copy succeeds, a GET of it (with its key) must serve the source's plaintext with the copy's
 * encryption and the ETag the copy answered.
 */
export async function copyEncrypted(context: CaseContext, copy: EncryptedCopyRequest, what: string): Promise<void> {
  const { s3, bucket, target } = context;
  const world = targetSseWorld(target);
  const body = Buffer.from(`the plaintext of a ${copy.source.kind} source`);
  const source = await storeEncrypted(context, { key: "source", body, headers: {}, metadata: {} }, copy.source);
  const headers = { "x-amz-copy-source": copySource(bucket, "source"), ...copy.headers };
  const outcome = decideSseCopy({ source, destination: "absent", bucket: PLAIN_BUCKET, now: nowSeconds(), sse: world }, { bucket, key: "copy", headers });
  const answer = await s3.send({ method: "PUT", bucket, key: "copy", headers });
  expectAnswer(answer, eitherKeyIdForm(outcome.answer, headers), `CopyObject ${what}`);
  const etag = parseResultBody(answer.body, "CopyObjectResult")?.ETag;
  if (!outcome.stored) return;
  if (etag === undefined) {
    failCheck({
      rule: outcome.answer.fieldRules?.["result:ETag"] ?? outcome.answer.rule,
      field: "<CopyObjectResult> ETag",
      expected: "an ETag to read the copy by",
      observed: "absent",
      detail: `CopyObject ${what} answered ${describeAnswer(answer)} without a CopyObjectResult ETag`,
    });
  }
  const readHeaders = copy.readCopy ?? {};
  // The result element's quotes are judged by the copy's rule; the read is judged on the tag itself.
  const quoted = etag.startsWith('"') ? etag : `"${etag}"`;
  const copied = { ...outcome.stored, etag: quoted, lastModified: nowSeconds() };
  const expected = decideSseRead(copied, { method: "GET", headers: {}, query: {} }, readHeaders, nowSeconds(), world.kms);
  expectAnswer(await s3.send({ method: "GET", bucket, key: "copy", headers: readHeaders }), eitherKeyIdForm(expected, headers), `GET of the copy made ${what}`);
}

/** The copy cases hold a target to naming the KMS key, in either form; the PutObject case holds it to the ARN. */
function eitherKeyIdForm(answer: ExpectedAnswer, headers: Record<string, string>): ExpectedAnswer {
  const keyId = headers[KMS_KEY_ID];
  return keyId === undefined ? answer : withKeyIdInEitherForm(answer, keyId);
}

/** One line naming a copy's encryption, for failure messages. */
export function describeCopy(source: EncryptionRequest, destination: EncryptionRequest): string {
  return `from a ${source.kind} source to a ${destination.kind} destination`;
}

/**
 * One request of every kind the target can take (none, SSE-S3, SSE-KMS with each of its keys, SSE-C
 * with a key drawn from the run's seed), for trying every pair before generated ones: which pairs a
 * store gets wrong, and which it answers 501, then decides the outcome, not the order they came in.
 */
export function everyEncryptionKind(kmsKeyIds: readonly string[], customerKeys: boolean, seed: number): EncryptionRequest[] {
  const kinds: EncryptionRequest[] = [{ kind: "none" }, { kind: "sse-s3" }];
  for (const keyId of kmsKeyIds) kinds.push({ kind: "sse-kms", keyId });
  const [key] = customerKeys ? fc.sample(sseCustomerKey(), { seed, numRuns: 1 }) : [];
  if (key) kinds.push({ kind: "sse-c", key });
  return kinds;
}

/** The pairs of `kinds` in which `involved` is the source or the destination, as property examples. */
export function pairsInvolving(kinds: readonly EncryptionRequest[], involved: EncryptionRequest["kind"]): Array<[[EncryptionRequest, EncryptionRequest]]> {
  return kinds.flatMap((source) => kinds.filter((destination) => source.kind === involved || destination.kind === involved).map((destination): [[EncryptionRequest, EncryptionRequest]] => [[source, destination]]));
}

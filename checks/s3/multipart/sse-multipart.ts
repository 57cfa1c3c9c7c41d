import { describeAnswer, parseResultBody, type Answer } from "../../../transport/answer.ts";
import { copySource } from "../../../fixtures/s3/copy-operations.ts";
import { failCheck } from "../../../harness/check-scope.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { completeUpload } from "../../../fixtures/s3/multipart-operations.ts";
import { withKeyIdInEitherForm } from "../../../oracle/sse/key-id-echo.ts";
import { targetSseWorld } from "../../../fixtures/s3/sse/target-sse-world.ts";
import type { CaseContext } from "../../../fixtures/s3/test.ts";
import type { ExpectedAnswer } from "../../../oracle/expected-answer.ts";
import { writeEncryptionHeaders, type EncryptionRequest } from "../../../oracle/sse/encryption-request.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { withoutHeaderRules } from "../../../oracle/answer-filters.ts";
import type { UploadedPart } from "../../../oracle/multipart/decide-multipart.ts";
import { decideSseComplete, decideSseCreateUpload, decideSseRead, decideSseUploadPart, decideSseUploadPartCopy, type EncryptedObject, type EncryptedUpload } from "../../../oracle/sse/decide-sse.ts";

export const UPLOAD_KEY = "encrypted-upload";

/** An upload a case drives: the oracle's model of it, with the parts the store accepted and the ETags it gave them. */
export interface UploadUnderTest {
  upload: EncryptedUpload;
  parts: Map<number, UploadedPart>;
  /** The key id a KMS upload names, for the echo in either form. */
  kmsKeyId?: string;
}

/** Whether a step is the case's subject (its whole answer checked) or set-up (it must succeed). */
export type Step = "checked" | "set-up";

/** CreateMultipartUpload encrypted as asked; undefined when refused (as the oracle said it must be). */
export async function createEncryptedUpload(context: CaseContext, request: EncryptionRequest, step: Step, headers = writeEncryptionHeaders(request)): Promise<UploadUnderTest | undefined> {
  const { s3, bucket, target } = context;
  const outcome = decideSseCreateUpload(targetSseWorld(target), bucket, UPLOAD_KEY, headers);
  const answer = await s3.send({ method: "POST", bucket, key: UPLOAD_KEY, query: { uploads: "" }, headers });
  const kmsKeyId = request.kind === "sse-kms" ? request.keyId : undefined;
  check(answer, outcome.answer, step, kmsKeyId, `CreateMultipartUpload (${request.kind})`);
  const uploadId = parseResultBody(answer.body, "InitiateMultipartUploadResult")?.UploadId;
  if (!outcome.encryption) return undefined;
  if (uploadId === undefined) missingResult(outcome.answer, "InitiateMultipartUploadResult", "UploadId", "an UploadId", `CreateMultipartUpload (${request.kind}) answered ${describeAnswer(answer)} without an UploadId`);
  const parts = new Map<number, UploadedPart>();
  return { upload: { uploadId, key: UPLOAD_KEY, parts, encryption: outcome.encryption }, parts, ...(kmsKeyId ? { kmsKeyId } : {}) };
}

/** UploadPart with these SSE headers; an accepted part is kept with the ETag the store gave it. */
export async function uploadEncryptedPart(context: CaseContext, under: UploadUnderTest, partNumber: number, body: Buffer, sseHeaders: Record<string, string>, step: Step): Promise<void> {
  const { s3, bucket } = context;
  const { uploadId } = under.upload;
  const decision = decideSseUploadPart([under.upload], { key: UPLOAD_KEY, uploadId, partNumber: String(partNumber), body }, sseHeaders);
  const answer = await s3.send({ method: "PUT", bucket, key: UPLOAD_KEY, query: { partNumber: String(partNumber), uploadId }, headers: sseHeaders, body });
  // Content-Type on UploadPart belongs to the multipart cases (upload-part-response), not to encryption.
  check(answer, withoutHeaderRules(decision.answer, ["content-type"]), step, under.kmsKeyId, `UploadPart ${partNumber} of ${body.length} bytes`);
  if (decision.stored && answer.headers.etag) under.parts.set(partNumber, { body, etag: answer.headers.etag });
}

/** UploadPartCopy from a stored source with these headers (copy-source, destination, a range); an accepted part is kept. */
export async function uploadEncryptedPartCopy(context: CaseContext, under: UploadUnderTest, partNumber: number, source: EncryptedObject, headers: Record<string, string>, step: Step): Promise<void> {
  const { s3, bucket, target } = context;
  const { uploadId } = under.upload;
  const range = headers["x-amz-copy-source-range"];
  const request = { key: UPLOAD_KEY, uploadId, partNumber: String(partNumber), headers: range === undefined ? {} : { "x-amz-copy-source-range": range } };
  const sseHeaders = Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "x-amz-copy-source-range"));
  const decision = decideSseUploadPartCopy([under.upload], request, sseHeaders, source, nowSeconds(), targetSseWorld(target).kms);
  const query = { partNumber: String(partNumber), uploadId };
  const answer = await s3.send({ method: "PUT", bucket, key: UPLOAD_KEY, query, headers: { "x-amz-copy-source": copySource(bucket, source.key), ...headers } });
  check(answer, decision.answer, step, under.kmsKeyId, `UploadPartCopy ${partNumber} from ${source.key}${range ? ` range ${range}` : ""}`);
  const etag = parseResultBody(answer.body, "CopyPartResult")?.ETag;
  if (decision.stored && etag !== undefined) under.parts.set(partNumber, { body: decision.stored.body, etag });
}

/**
 * CompleteMultipartUpload of every kept part in order, with these SSE headers; then a GET of the
 * object with `readHeaders` must serve the parts' plaintext with the upload's encryption.
 */
export async function completeEncryptedUpload(context: CaseContext, under: UploadUnderTest, sseHeaders: Record<string, string>, readHeaders: Record<string, string>, step: Step): Promise<void> {
  const { s3, bucket, target } = context;
  const { uploadId } = under.upload;
  const listed = [...under.parts].sort(([a], [b]) => a - b).map(([partNumber, part]) => ({ partNumber, etag: part.etag }));
  const request = { bucket, key: UPLOAD_KEY, uploadId, parts: listed, headers: {} };
  const decision = decideSseComplete([under.upload], request, sseHeaders, { atCreate: null, writesSinceCreate: [] });
  const answer = await completeUpload(s3, bucket, UPLOAD_KEY, uploadId, listed, sseHeaders);
  check(answer, decision.answer, step, under.kmsKeyId, `CompleteMultipartUpload of ${listed.length} parts`);
  const etag = parseResultBody(answer.body, "CompleteMultipartUploadResult")?.ETag;
  if (!decision.object || !decision.encryption) return;
  if (etag === undefined) missingResult(decision.answer, "CompleteMultipartUploadResult", "ETag", "an ETag", `CompleteMultipartUpload answered ${describeAnswer(answer)} without an ETag`);
  const object: EncryptedObject = { key: UPLOAD_KEY, body: decision.object.body, headers: {}, metadata: {}, etag, lastModified: nowSeconds(), partSizes: decision.object.partSizes, encryption: decision.encryption };
  const expected = decideSseRead(object, { method: "GET", headers: {}, query: {} }, readHeaders, nowSeconds(), targetSseWorld(target).kms);
  check(await s3.send({ method: "GET", bucket, key: UPLOAD_KEY, headers: readHeaders }), expected, step, under.kmsKeyId, "GET of the completed upload");
}

/** A checked step's answer must be the oracle's (the KMS key named in either form); a set-up step's must succeed. */
function check(answer: Answer, expected: ExpectedAnswer, step: Step, kmsKeyId: string | undefined, what: string): void {
  if (step === "checked") {
    expectAnswer(answer, kmsKeyId === undefined ? expected : withKeyIdInEitherForm(expected, kmsKeyId), what);
    return;
  }
  const succeeds = (Array.isArray(expected.status) ? expected.status : [expected.status]).every((status) => status === 200);
  if (!succeeds) throw new Error(`set-up ${what} is one the oracle refuses`);
  expectAnswer(answer, { rule: expected.rule, status: expected.status }, `set-up ${what}`);
}

/** Ends the input when a success document lacks the element the rest of the upload needs, under the rule that asks for it. */
function missingResult(expected: ExpectedAnswer, root: string, element: string, wanted: string, detail: string): never {
  return failCheck({ rule: expected.fieldRules?.[`result:${element}`] ?? expected.rule, field: `<${root}> ${element}`, expected: wanted, observed: "absent", detail });
}

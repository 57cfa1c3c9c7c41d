import fc from "fast-check";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { withKeyIdInEitherForm } from "../../../oracle/sse/key-id-echo.ts";
import { requireKmsKeyIds } from "../../../fixtures/s3/sse/sse-requirements.ts";
import { storeEncrypted } from "../../../fixtures/s3/sse/store-encrypted.ts";
import { targetSseWorld } from "../../../fixtures/s3/sse/target-sse-world.ts";
import type { CaseContext } from "../../../fixtures/s3/test.ts";
import { objectBody } from "../../../generators/object-body.ts";
import type { EncryptionRequest } from "../../../oracle/sse/encryption-request.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import type { ReadRequest } from "../../../oracle/read/decide-read.ts";
import { decideSseRead } from "../../../oracle/sse/decide-sse.ts";

/**
 * Objects written with SSE-S3 (asked for or by default) or, with `kms`, SSE-KMS under each of the
 * target's keys, read without any header: served, echoing the object's encryption.
 */
export function encryptionEchoProperty(method: ReadRequest["method"], kind: "sse-s3" | "sse-kms") {
  return async (context: CaseContext): Promise<void> => {
    const { s3, bucket, target } = context;
    const requests: EncryptionRequest[] = kind === "sse-kms" ? requireKmsKeyIds(target).map((keyId) => ({ kind, keyId })) : [{ kind: "none" }, { kind: "sse-s3" }];
    await checkProperty(context, [fc.constantFrom(...requests), objectBody({ maxSize: 4096 })], async (stored, body) => {
      const object = await storeEncrypted(context, { key: "encrypted", body, headers: {}, metadata: {} }, stored);
      const request: ReadRequest = { method, headers: {}, query: {} };
      const expected = decideSseRead(object, request, {}, nowSeconds(), targetSseWorld(target).kms);
      const relaxed = stored.kind === "sse-kms" ? withKeyIdInEitherForm(expected, stored.keyId) : expected;
      expectAnswer(await s3.send({ method, bucket, key: object.key }), relaxed, `${method} of an object of ${body.length} bytes stored with ${JSON.stringify(stored)}`);
    }, { maxRuns: 8 });
  };
}

import fc from "fast-check";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { requireSseC } from "../../../fixtures/s3/sse/sse-requirements.ts";
import { storeEncrypted } from "../../../fixtures/s3/sse/store-encrypted.ts";
import { targetSseWorld } from "../../../fixtures/s3/sse/target-sse-world.ts";
import type { CaseContext } from "../../../fixtures/s3/test.ts";
import { bodyOfSize } from "../../../generators/body-of-size.ts";
import { objectBody } from "../../../generators/object-body.ts";
import { rangeHeader } from "../../../generators/range-header.ts";
import { everySseCFault } from "../examples/sse-c-fault-examples.ts";
import { SSE_C_FAULTS, sseCHeaderFault, type SseCFaultyHeaders } from "../../../generators/sse-c-header-fault.ts";
import { sseCustomerKey } from "../../../generators/sse-customer-key.ts";
import { sseWrongLengthKey } from "../../../generators/sse-wrong-length-key.ts";
import type { CustomerKey } from "../../../oracle/sse/customer-key.ts";
import { customerKeyHeaders } from "../../../oracle/sse/customer-key-request.ts";
import type { EncryptionRequest } from "../../../oracle/sse/encryption-request.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import type { ReadRequest } from "../../../oracle/read/decide-read.ts";
import { decideSseRead } from "../../../oracle/sse/decide-sse.ts";

type Method = ReadRequest["method"];
const KEY = "encrypted";

/** Stores `body` as asked, reads it with `sseHeaders` (and a Range), and holds the answer to the oracle's. */
async function readEncrypted(context: CaseContext, method: Method, body: Buffer, stored: EncryptionRequest, sseHeaders: Record<string, string>, what: string, range?: string): Promise<void> {
  const { s3, bucket, target } = context;
  const object = await storeEncrypted(context, { key: KEY, body, headers: {}, metadata: {} }, stored);
  const request: ReadRequest = { method, headers: range === undefined ? {} : { range }, query: {} };
  const expected = decideSseRead(object, request, sseHeaders, nowSeconds(), targetSseWorld(target).kms);
  const answer = await s3.send({ method, bucket, key: KEY, headers: { ...request.headers, ...sseHeaders } });
  expectAnswer(answer, expected, `${method} of an object of ${body.length} bytes (stored ${stored.kind}) ${what}`);
}

/** An SSE-C object read with its key: served (body, length, ETag) with the algorithm and key-MD5 echoed. */
export function withKeyProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    requireSseC(context.target);
    await checkProperty(context, [sseCustomerKey(), objectBody({ maxSize: 4096 })], (key, body) =>
      readEncrypted(context, method, body, { kind: "sse-c", key }, customerKeyHeaders(key), "with its key"), { maxRuns: 15 });
  };
}

/** An SSE-C object read without SSE-C headers: refused. */
export function withoutKeyProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    requireSseC(context.target);
    await checkProperty(context, [sseCustomerKey(), objectBody({ maxSize: 4096 })], (key, body) =>
      readEncrypted(context, method, body, { kind: "sse-c", key }, {}, "without SSE-C headers"), { maxRuns: 8 });
  };
}

/** An SSE-C object read with another well-formed key, of the right length or not, with its own key-MD5: refused. */
export function wrongKeyProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    requireSseC(context.target);
    await checkProperty(context, [sseCustomerKey(), fc.oneof(sseCustomerKey(), sseWrongLengthKey())], (key, other: CustomerKey) =>
      readEncrypted(context, method, Buffer.from("secret data"), { kind: "sse-c", key }, customerKeyHeaders(other), `with another key of ${other.raw.length} bytes`), { maxRuns: 12 });
  };
}

/** An SSE-C object read with faulty SSE-C headers (x-amz-server-side-encryption on a read is not recorded, so not sent). */
export function headerFaultProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    requireSseC(context.target);
    const constraints = { faults: SSE_C_FAULTS.filter((fault) => fault !== "with-sse-header") };
    const [stored] = fc.sample(sseCustomerKey(), { seed: context.run.seed, numRuns: 1 });
    const examples = stored ? everySseCFault(constraints, context.run.seed).map((faulty): [CustomerKey, SseCFaultyHeaders] => [stored, faulty]) : [];
    await checkProperty(context, [sseCustomerKey(), sseCHeaderFault(constraints)], (key, { fault, headers }) =>
      readEncrypted(context, method, Buffer.from("secret data"), { kind: "sse-c", key }, headers, `with SSE-C headers (${fault})`), { maxRuns: 15, examples });
  };
}

/**
 * Ranges that select bytes (inside the object, or clamped at its edges) of an SSE-C object read with
 * its key: the plaintext bytes of the range. Ranges S3 ignores or refuses belong to the range cases.
 */
export function rangeWithKeyProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    requireSseC(context.target);
    const input = fc.integer({ min: 1, max: 4096 }).chain((size) => fc.tuple(bodyOfSize(size), rangeHeader(size, ["satisfiable", "edge"])));
    await checkProperty(context, [sseCustomerKey(), input], (key, [body, range]) =>
      readEncrypted(context, method, body, { kind: "sse-c", key }, customerKeyHeaders(key), `with its key and Range ${range}`, range), { maxRuns: 15 });
  };
}

/** An object stored without SSE-C, read with SSE-C headers: refused, the headers do not apply. */
export function keyOnUnencryptedObjectProperty(method: Method) {
  return async (context: CaseContext): Promise<void> => {
    requireSseC(context.target);
    await checkProperty(context, [sseCustomerKey(), fc.constantFrom<EncryptionRequest>({ kind: "none" }, { kind: "sse-s3" })], (key, stored) =>
      readEncrypted(context, method, Buffer.from("plain data"), stored, customerKeyHeaders(key), "with an SSE-C key"), { maxRuns: 6 });
  };
}

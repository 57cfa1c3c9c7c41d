import fc from "fast-check";
import { checkProperty } from "../../../harness/property.ts";
import { requireSseC } from "../../../fixtures/s3/sse/sse-requirements.ts";
import { conformance, type CaseContext } from "../../../fixtures/s3/test.ts";
import { everySseCFault } from "../../../checks/s3/examples/sse-c-fault-examples.ts";
import { SSE_C_FAULTS, sseCHeaderFault, type SseCFaultyHeaders, type SseCHeaderFaultConstraints } from "../../../generators/sse-c-header-fault.ts";
import { sseCustomerKey } from "../../../generators/sse-customer-key.ts";
import { sseEncryptionRequest } from "../../../generators/sse-encryption-request.ts";
import { sseWrongLengthKey } from "../../../generators/sse-wrong-length-key.ts";
import { customerKeyHeaders } from "../../../oracle/sse/customer-key-request.ts";
import type { EncryptionRequest } from "../../../oracle/sse/encryption-request.ts";
import { copyBetween, copyEncrypted, describeCopy, everyEncryptionKind, pairsInvolving } from "../../../checks/s3/copy/sse-copy.ts";

/** Every fault (and wrong key length) first, each with an SSE-C source drawn from the run's seed. */
function faultExamples(context: CaseContext, constraints: SseCHeaderFaultConstraints): Array<[EncryptionRequest, SseCFaultyHeaders]> {
  const [key] = fc.sample(sseCustomerKey(), { seed: context.run.seed, numRuns: 1 });
  return key ? everySseCFault(constraints, context.run.seed).map((faulty): [EncryptionRequest, SseCFaultyHeaders] => [{ kind: "sse-c", key }, faulty]) : [];
}

const COPY_DOCS = "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html";
const customer = sseCustomerKey().map((key): EncryptionRequest => ({ kind: "sse-c", key }));

/** Copies whose source and destination keys are right, through `run` runs of generated SSE-C pairs. */
async function ssecPairs(context: CaseContext, pairs: fc.Arbitrary<[EncryptionRequest, EncryptionRequest]>, examples: Array<[[EncryptionRequest, EncryptionRequest]]> = []): Promise<void> {
  requireSseC(context.target);
  await checkProperty(context, [pairs], ([source, destination]) => copyEncrypted(context, copyBetween(source, destination), describeCopy(source, destination)), { maxRuns: 20, examples });
}

conformance(
  {
    id: "s3.copy-object.sse-c.source-destination-combinations",
    protocol: "s3",
    operation: "CopyObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:copy-ssec-source-to-ssec",
    title: "CopyObject decrypts an SSE-C source with the copy-source key and writes the copy as asked (none, SSE-S3, SSE-KMS, SSE-C), and back; the echo and ETag are the copy's, and a GET serves the plaintext",
    requires: ["sse-c"],
  },
  async (context) => {
    const any = sseEncryptionRequest({ kmsKeyIds: context.target.capabilities.kmsKeyIds, customerKeys: true });
    const kinds = everyEncryptionKind(context.target.capabilities.kmsKeyIds, true, context.run.seed);
    await ssecPairs(context, fc.oneof(fc.tuple(customer, any), fc.tuple(any, customer)), pairsInvolving(kinds, "sse-c"));
  },
);

conformance(
  {
    id: "s3.copy-object.sse-c.missing-source-key",
    protocol: "s3",
    operation: "CopyObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:copy-ssec-source-missing-source-key",
    title: "CopyObject of an SSE-C source without the copy-source SSE-C headers is 400 InvalidRequest, also when the destination's are sent",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    const destination = fc.oneof(fc.constant<EncryptionRequest>({ kind: "none" }), customer);
    await checkProperty(context, [customer, destination], (source, target) => {
      const copy = copyBetween(source, target);
      const withoutSourceKey = Object.fromEntries(Object.entries(copy.headers).filter(([name]) => !name.startsWith("x-amz-copy-source-")));
      return copyEncrypted(context, { ...copy, headers: withoutSourceKey }, `${describeCopy(source, target)} without the source's key`);
    }, { maxRuns: 6 });
  },
);

conformance(
  {
    id: "s3.copy-object.sse-c.wrong-source-key",
    protocol: "s3",
    operation: "CopyObject",
    feature: "sse-c",
    requirement: "SHOULD",
    source: COPY_DOCS,
    title: "CopyObject of an SSE-C source with another copy-source key, of 32 bytes or not, is 403 AccessDenied as GetObject is",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    await checkProperty(context, [customer, fc.oneof(sseCustomerKey(), sseWrongLengthKey())], (source, other) =>
      copyEncrypted(context, { source, headers: customerKeyHeaders(other, "copy-source") }, `of an SSE-C source with another key of ${other.raw.length} bytes`), { maxRuns: 8 });
  },
);

conformance(
  {
    id: "s3.copy-object.sse-c.source-header-faults",
    protocol: "s3",
    operation: "CopyObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:copy-ssec-source-wrong-algorithm",
    title: "CopyObject with faulty copy-source SSE-C headers (algorithm, missing header, key-MD5 of another key, key not base64) is refused as GetObject would be",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    await checkProperty(context, [customer, sseCHeaderFault({ role: "copy-source" })], (source, { fault, headers }) =>
      copyEncrypted(context, { source, headers }, `of an SSE-C source with copy-source SSE-C headers (${fault})`), { maxRuns: 15, examples: faultExamples(context, { role: "copy-source" }) });
  },
);

conformance(
  {
    id: "s3.copy-object.sse-c.destination-header-faults",
    protocol: "s3",
    operation: "CopyObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:copy-ssec-dest-wrong-algorithm",
    title: "CopyObject with faulty destination SSE-C headers, or with x-amz-server-side-encryption besides them, is refused as PutObject would be",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    await checkProperty(context, [customer, sseCHeaderFault({ faults: SSE_C_FAULTS })], (source, { fault, headers }) =>
      copyEncrypted(context, { source, headers: { ...copyBetween(source, { kind: "none" }).headers, ...headers } }, `of an SSE-C source with destination SSE-C headers (${fault})`), { maxRuns: 15, examples: faultExamples(context, { faults: SSE_C_FAULTS }) });
  },
);

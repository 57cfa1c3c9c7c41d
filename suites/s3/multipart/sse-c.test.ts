import fc from "fast-check";
import { checkProperty } from "../../../harness/property.ts";
import { requireSseC } from "../../../fixtures/s3/sse/sse-requirements.ts";
import { storeEncrypted } from "../../../fixtures/s3/sse/store-encrypted.ts";
import { conformance, type CaseContext } from "../../../fixtures/s3/test.ts";
import { bodyOfSize } from "../../../generators/body-of-size.ts";
import { copySourceRange } from "../../../generators/copy-source-range.ts";
import { objectBody } from "../../../generators/object-body.ts";
import { everySseCFault } from "../../../checks/s3/examples/sse-c-fault-examples.ts";
import { SSE_C_FAULTS, sseCHeaderFault, type SseCFaultyHeaders } from "../../../generators/sse-c-header-fault.ts";
import { sseCustomerKey } from "../../../generators/sse-customer-key.ts";
import { customerKeyHeaders } from "../../../oracle/sse/customer-key-request.ts";
import { readEncryptionHeaders, type EncryptionRequest } from "../../../oracle/sse/encryption-request.ts";
import { completeEncryptedUpload, createEncryptedUpload, uploadEncryptedPart, uploadEncryptedPartCopy } from "../../../checks/s3/multipart/sse-multipart.ts";

const UPLOAD_PART_COPY_DOCS = "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPartCopy.html";
const customer = sseCustomerKey().map((key): EncryptionRequest => ({ kind: "sse-c", key }));
const plain = fc.constantFrom<EncryptionRequest>({ kind: "none" }, { kind: "sse-s3" });

/** An upload created with `request` as set-up. */
async function setUpUpload(context: CaseContext, request: EncryptionRequest) {
  const under = await createEncryptedUpload(context, request, "set-up");
  if (!under) throw new Error(`the oracle refuses an upload created with ${request.kind}`);
  return under;
}

conformance(
  {
    id: "s3.create-multipart-upload.sse-c.echo",
    protocol: "s3",
    operation: "CreateMultipartUpload",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:create-mpu-ssec",
    title: "CreateMultipartUpload with a valid SSE-C key echoes the algorithm and key-MD5, without x-amz-server-side-encryption",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    await checkProperty(context, [customer], async (request) => void (await createEncryptedUpload(context, request, "checked")), { maxRuns: 8 });
  },
);

conformance(
  {
    id: "s3.create-multipart-upload.sse-c.header-faults",
    protocol: "s3",
    operation: "CreateMultipartUpload",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateMultipartUpload.html",
    title: "CreateMultipartUpload with faulty SSE-C headers, or x-amz-server-side-encryption besides them, is refused as PutObject would be",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    const examples = everySseCFault({ faults: SSE_C_FAULTS }, context.run.seed).map((faulty): [SseCFaultyHeaders] => [faulty]);
    await checkProperty(context, [sseCHeaderFault({ faults: SSE_C_FAULTS })], async ({ headers }) => void (await createEncryptedUpload(context, { kind: "none" }, "checked", headers)), { maxRuns: 15, examples });
  },
);

conformance(
  {
    id: "s3.upload-part.sse-c.matching-key",
    protocol: "s3",
    operation: "UploadPart",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:upload-part-ssec",
    title: "UploadPart into an SSE-C upload with the upload's key echoes the algorithm and key-MD5, with an ETag that is not the part's MD5",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    await checkProperty(context, [customer, objectBody({ maxSize: 4096 })], async (request, body) => {
      const under = await setUpUpload(context, request);
      await uploadEncryptedPart(context, under, 1, body, readEncryptionHeaders(request), "checked");
    }, { maxRuns: 8 });
  },
);

conformance(
  {
    id: "s3.upload-part.sse-c.key-must-match",
    protocol: "s3",
    operation: "UploadPart",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:upload-part-other-key-on-ssec-upload",
    title: "UploadPart into an SSE-C upload without SSE-C headers, or with another key, is 400 InvalidRequest",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    const partKey = fc.option(sseCustomerKey(), { nil: undefined });
    // Without a key and with another one, on every run first.
    const [upload] = fc.sample(customer, { seed: 1, numRuns: 1 });
    const [another] = fc.sample(sseCustomerKey(), { seed: 2, numRuns: 1 });
    const examples = upload && another ? [[upload, undefined], [upload, another]] : [];
    await checkProperty(context, [customer, partKey], async (request, other) => {
      const under = await setUpUpload(context, request);
      await uploadEncryptedPart(context, under, 1, Buffer.from("testbody"), other ? customerKeyHeaders(other) : {}, "checked");
    }, { maxRuns: 8, examples });
  },
);

conformance(
  {
    id: "s3.upload-part.sse-c.key-on-plain-upload",
    protocol: "s3",
    operation: "UploadPart",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:upload-part-ssec-on-plain-upload",
    title: "UploadPart with SSE-C headers into an upload created without SSE-C is 400 InvalidRequest",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    await checkProperty(context, [plain, sseCustomerKey()], async (request, key) => {
      const under = await setUpUpload(context, request);
      await uploadEncryptedPart(context, under, 1, Buffer.from("testbody"), customerKeyHeaders(key), "checked");
    }, { maxRuns: 4 });
  },
);

conformance(
  {
    id: "s3.upload-part-copy.sse-c.source-and-destination-keys",
    protocol: "s3",
    operation: "UploadPartCopy",
    feature: "sse-c",
    requirement: "MUST",
    source: UPLOAD_PART_COPY_DOCS,
    title: "UploadPartCopy decrypts an SSE-C source with the copy-source key and encrypts the part with the upload's key; the completed object serves the copied plaintext",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    const pairs = fc.oneof(fc.tuple(customer, fc.oneof(plain, customer)), fc.tuple(plain, customer));
    const sourceBody = fc.integer({ min: 1, max: 4096 }).chain((size) => fc.tuple(bodyOfSize(size), fc.option(copySourceRange(size, "valid"), { nil: undefined })));
    await checkProperty(context, [pairs, sourceBody], async ([sourceRequest, uploadRequest], [body, range]) => {
      const source = await storeEncrypted(context, { key: "copy-source", body, headers: {}, metadata: {} }, sourceRequest);
      const under = await setUpUpload(context, uploadRequest);
      const headers = { ...readEncryptionHeaders(sourceRequest, "copy-source"), ...readEncryptionHeaders(uploadRequest), ...(range ? { "x-amz-copy-source-range": range } : {}) };
      await uploadEncryptedPartCopy(context, under, 1, source, headers, "checked");
      await completeEncryptedUpload(context, under, {}, readEncryptionHeaders(uploadRequest), "checked");
    }, { maxRuns: 10 });
  },
);

conformance(
  {
    id: "s3.upload-part-copy.sse-c.missing-keys",
    protocol: "s3",
    operation: "UploadPartCopy",
    feature: "sse-c",
    requirement: "MUST",
    source: UPLOAD_PART_COPY_DOCS,
    title: "UploadPartCopy of an SSE-C source without the copy-source key, or into an SSE-C upload without its key, is 400 InvalidRequest",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    const missing = fc.constantFrom("source key", "upload key");
    // Each key left out, with the two keys the same and different, on every run first.
    const [one, other] = fc.sample(customer, { seed: 3, numRuns: 2 });
    const pairs = one && other ? [[one, one], [one, other]] : [];
    const examples = pairs.flatMap(([source, upload]) => ["source key", "upload key"].map((left) => [source, upload, left]));
    await checkProperty(context, [customer, customer, missing], async (sourceRequest, uploadRequest, left) => {
      const source = await storeEncrypted(context, { key: "copy-source", body: Buffer.from("secret source"), headers: {}, metadata: {} }, sourceRequest);
      const under = await setUpUpload(context, uploadRequest);
      const headers = left === "source key" ? readEncryptionHeaders(uploadRequest) : readEncryptionHeaders(sourceRequest, "copy-source");
      await uploadEncryptedPartCopy(context, under, 1, source, headers, "checked");
    }, { maxRuns: 4, examples });
  },
);

conformance(
  {
    id: "s3.complete-multipart-upload.sse-c.key-not-needed",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:complete-mpu-ssec-without-key",
    title: "CompleteMultipartUpload of an SSE-C upload needs no SSE-C headers and then echoes none; its ETag comes from the part ETags; a GET with the key serves the plaintext",
    requires: ["sse-c"],
  },
  async (context) => {
    requireSseC(context.target);
    await checkProperty(context, [customer, fc.boolean(), objectBody({ maxSize: 4096 })], async (request, withKey, body) => {
      const under = await setUpUpload(context, request);
      await uploadEncryptedPart(context, under, 1, body, readEncryptionHeaders(request), "set-up");
      await completeEncryptedUpload(context, under, withKey ? readEncryptionHeaders(request) : {}, readEncryptionHeaders(request), "checked");
    }, { maxRuns: 8 });
  },
);

import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { SSE_C_FAULTS, sseCHeaderFault, type SseCFault, type SseCFaultyHeaders } from "../../generators/sse-c-header-fault.ts";
import { sseCustomerKey } from "../../generators/sse-customer-key.ts";
import { sseEncryptionRequest } from "../../generators/sse-encryption-request.ts";
import { sseMalformedKey, type MalformedKey } from "../../generators/sse-malformed-key.ts";
import { sseOtherAlgorithm } from "../../generators/sse-other-algorithm.ts";
import { sseWrongLengthKey, WRONG_KEY_LENGTHS } from "../../generators/sse-wrong-length-key.ts";
import type { CustomerKey } from "../../oracle/sse/customer-key.ts";
import type { EncryptionRequest } from "../../oracle/sse/encryption-request.ts";

// Checked with Node's own base64 and MD5, apart from the oracle's strict decoder.
const md5 = (bytes: Buffer) => createHash("md5").update(bytes).digest("base64");
const isCanonicalBase64 = (text: string) => Buffer.from(text, "base64").toString("base64") === text;

function keyProblems(key: CustomerKey, lengths: readonly number[]): string[] {
  const problems: string[] = [];
  if (!lengths.includes(key.raw.length)) problems.push(`${key.raw.length} bytes`);
  if (key.base64 !== key.raw.toString("base64")) problems.push("base64 is not the raw key's");
  if (key.keyMd5 !== md5(key.raw)) problems.push("key-MD5 is not the raw key's");
  return problems;
}

/** What a fault's headers must look like, read from the headers alone. */
function faultProblems({ fault, headers }: SseCFaultyHeaders, prefix: string): string[] {
  const algorithm = headers[`${prefix}algorithm`];
  const key = headers[`${prefix}key`];
  const keyMd5 = headers[`${prefix}key-md5`];
  const decoded = key === undefined ? undefined : Buffer.from(key, "base64");
  const holds: Record<SseCFault, boolean> = {
    "wrong-length-key": algorithm === "AES256" && decoded !== undefined && decoded.length !== 32 && md5(decoded) === keyMd5,
    "other-key-md5": algorithm === "AES256" && decoded?.length === 32 && keyMd5 !== undefined && md5(decoded) !== keyMd5 && Buffer.from(keyMd5, "base64").length === 16,
    "malformed-key": algorithm === "AES256" && key !== undefined && !isCanonicalBase64(key) && key.length === 44,
    "missing-algorithm": algorithm === undefined && key !== undefined && keyMd5 !== undefined,
    "missing-key": algorithm === "AES256" && key === undefined && keyMd5 !== undefined,
    "missing-key-md5": algorithm === "AES256" && key !== undefined && keyMd5 === undefined,
    "other-algorithm": algorithm !== undefined && algorithm !== "AES256" && decoded?.length === 32 && md5(decoded) === keyMd5,
    "with-sse-header": algorithm === "AES256" && ["AES256", "aws:kms"].includes(headers["x-amz-server-side-encryption"] ?? "") && decoded?.length === 32,
  };
  const strangers = Object.keys(headers).filter((name) => !name.startsWith(prefix) && name !== "x-amz-server-side-encryption");
  return [...(holds[fault] ? [] : [`${fault}: ${JSON.stringify(Object.keys(headers))}`]), ...strangers];
}

const OBJECT_PREFIX = "x-amz-server-side-encryption-customer-";
const COPY_SOURCE_PREFIX = "x-amz-copy-source-server-side-encryption-customer-";

const KMS_KEY_IDS = ["0d7c3f36-4b1e-4a53-9a2f-6f2b8c1e5a10", "arn:aws:kms:us-east-1:123456789012:key/other"];

function requestProblems(request: EncryptionRequest, kmsKeyIds: readonly string[], customerKeys: boolean): string[] {
  if (request.kind === "sse-kms" && !kmsKeyIds.includes(request.keyId)) return [`KMS key ${request.keyId} not offered`];
  if (request.kind === "sse-c") return customerKeys ? keyProblems(request.key, [32]) : ["SSE-C not allowed"];
  return [];
}

const GENERATORS: Array<{ name: string; arbitrary: fc.Arbitrary<unknown>; problems: (value: never) => string[] }> = [
  { name: "sseCustomerKey", arbitrary: sseCustomerKey(), problems: (key: CustomerKey) => keyProblems(key, [32]) },
  { name: "sseWrongLengthKey", arbitrary: sseWrongLengthKey(), problems: (key: CustomerKey) => keyProblems(key, WRONG_KEY_LENGTHS) },
  { name: "sseOtherAlgorithm", arbitrary: sseOtherAlgorithm(), problems: (algorithm: string) => (algorithm.trim().toUpperCase() === "AES256" || algorithm === "" ? [algorithm] : []) },
  {
    name: "sseMalformedKey",
    arbitrary: sseMalformedKey(),
    problems: ({ text, intended }: MalformedKey) => [...keyProblems(intended, [32]), ...(isCanonicalBase64(text) || /[\s=]/.test(text.slice(0, 43)) ? [text] : [])],
  },
  { name: "sseCHeaderFault object", arbitrary: sseCHeaderFault(), problems: (value: SseCFaultyHeaders) => faultProblems(value, OBJECT_PREFIX) },
  {
    name: "sseCHeaderFault copy-source",
    arbitrary: sseCHeaderFault({ role: "copy-source" }),
    problems: (value: SseCFaultyHeaders) => [...faultProblems(value, COPY_SOURCE_PREFIX), ...(value.fault === "with-sse-header" ? ["with-sse-header for a copy source"] : [])],
  },
  { name: "sseEncryptionRequest plain", arbitrary: sseEncryptionRequest(), problems: (request: EncryptionRequest) => requestProblems(request, [], false) },
  {
    name: "sseEncryptionRequest with KMS and SSE-C",
    arbitrary: sseEncryptionRequest({ kmsKeyIds: KMS_KEY_IDS, customerKeys: true }),
    problems: (request: EncryptionRequest) => requestProblems(request, KMS_KEY_IDS, true),
  },
];

describe.each(GENERATORS)("$name", ({ arbitrary, problems }) => {
  test("makes only valid values", () => {
    expect(fc.sample(arbitrary, { seed: 17, numRuns: 300 }).flatMap((value) => problems(value as never))).toEqual([]);
  });

  test("makes the same values from the same seed", () => {
    expect(fc.sample(arbitrary, { seed: 3, numRuns: 30 })).toEqual(fc.sample(arbitrary, { seed: 3, numRuns: 30 }));
  });
});

test("every wrong length and every fault occurs", () => {
  const lengths = new Set(fc.sample(sseWrongLengthKey(), { seed: 5, numRuns: 200 }).map((key) => key.raw.length));
  expect([...lengths].sort((a, b) => a - b)).toEqual([...WRONG_KEY_LENGTHS]);
  const faults = new Set(fc.sample(sseCHeaderFault(), { seed: 5, numRuns: 400 }).map((value) => value.fault));
  expect([...faults].sort()).toEqual([...SSE_C_FAULTS].sort());
});

test("encryption requests reach every kind allowed", () => {
  const kinds = new Set(fc.sample(sseEncryptionRequest({ kmsKeyIds: KMS_KEY_IDS, customerKeys: true }), { seed: 5, numRuns: 100 }).map((request) => request.kind));
  expect([...kinds].sort()).toEqual(["none", "sse-c", "sse-kms", "sse-s3"]);
});

test("a fault subset draws only from it", () => {
  const faults = fc.sample(sseCHeaderFault({ faults: ["missing-key", "other-algorithm"] }), { seed: 9, numRuns: 100 }).map((value) => value.fault);
  expect(new Set(faults)).toEqual(new Set(["missing-key", "other-algorithm"]));
});

test("generated keys print as their key-MD5, never as their bytes", () => {
  const [key] = fc.sample(sseCustomerKey(), { seed: 11, numRuns: 1 });
  const [faulty] = fc.sample(sseCHeaderFault({ faults: ["other-algorithm"] }), { seed: 11, numRuns: 1 });
  if (!key || !faulty) throw new Error("no sample");
  const printed = [fc.stringify([key, faulty]), JSON.stringify([key, faulty]), String(key)].join("\n");
  const sentKey = faulty.headers[`${OBJECT_PREFIX}key`] ?? "";
  for (const secret of [key.base64, key.raw.toString("hex"), sentKey, Buffer.from(sentKey, "base64").toString("hex")]) expect(printed).not.toContain(secret);
  expect(printed).toContain(key.keyMd5);
});

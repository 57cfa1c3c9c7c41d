import { deviantCases, type Deviant } from "../support/deviant-cases.ts";
import { DEFAULT_KMS_KEY_ID } from "../support/reference-store/kms-keys.ts";
import type { StoreFaults } from "../support/reference-store/store-faults.ts";
import { StoreRuns } from "../support/reference-store/store-runs.ts";

const SEED = 1;
const GET_HEAD = (feature: string, ...behaviours: string[]) => ["get-object", "head-object"].flatMap((operation) => behaviours.map((behaviour) => `s3.${operation}.${feature}.${behaviour}`));

/**
 * Each SSE fault of the reference store and the encryption cases it must fail, the first being the
 * property whose replay is tried. Every other case keeps its outcome. The sets are what seed 1 with
 * 30 runs shows: the copy combinations, for one, reach an SSE-KMS destination with it.
 */
const DEVIANTS: Record<string, Deviant<StoreFaults>> = {
  "SSE-C object served without the key": {
    faults: { sseCustomerKeyNotRequired: true },
    caught: [...GET_HEAD("sse-c", "without-key"), "s3.copy-object.sse-c.missing-source-key", "s3.upload-part-copy.sse-c.missing-keys"],
  },
  "another SSE-C key accepted": {
    faults: { sseCustomerWrongKeyAccepted: true },
    caught: [...GET_HEAD("sse-c", "wrong-key", "header-faults"), "s3.copy-object.sse-c.wrong-source-key", "s3.copy-object.sse-c.source-header-faults"],
  },
  "key-MD5 not checked": {
    faults: { sseCustomerKeyMd5Unchecked: true },
    caught: [
      "s3.put-object.sse-c.key-md5-mismatch",
      ...GET_HEAD("sse-c", "header-faults"),
      "s3.copy-object.sse-c.source-header-faults",
      "s3.copy-object.sse-c.destination-header-faults",
      "s3.create-multipart-upload.sse-c.header-faults",
    ],
  },
  "key-MD5 echo missing": {
    faults: { sseCustomerKeyMd5EchoMissing: true },
    caught: [
      "s3.put-object.sse-c.echo",
      ...GET_HEAD("sse-c", "with-key", "range"),
      "s3.copy-object.sse-c.source-destination-combinations",
      "s3.create-multipart-upload.sse-c.echo",
      "s3.upload-part.sse-c.matching-key",
      "s3.upload-part-copy.sse-c.source-and-destination-keys",
      "s3.complete-multipart-upload.sse-c.key-not-needed",
    ],
  },
  "KMS key id echo missing": {
    faults: { kmsKeyIdEchoMissing: true },
    caught: [
      "s3.get-object.sse-kms.encryption-echoed",
      "s3.head-object.sse-kms.encryption-echoed",
      "s3.put-object.sse-kms.key-id-echoed",
      "s3.put-object.sse-kms.key-id-echoed-as-arn",
      "s3.copy-object.sse-kms.source-destination-combinations",
      "s3.copy-object.sse-kms.bucket-key-echoed",
      "s3.copy-object.sse-c.source-destination-combinations",
      "s3.create-multipart-upload.sse-kms.key-id-echoed",
      "s3.upload-part.sse-kms.upload-encryption-echoed",
      "s3.upload-part-copy.sse-kms.upload-encryption-echoed",
      "s3.complete-multipart-upload.sse-kms.encryption-echoed",
    ],
  },
};

deviantCases(
  {
    runs: new StoreRuns(),
    deviants: DEVIANTS,
    args: ["--filter", "s3.*.sse-*", "--sse-c-over-http", "--kms-key-id", DEFAULT_KMS_KEY_ID],
    seed: SEED,
    numRuns: 30,
    minimumCases: 50,
  },
  {},
);

import { deviantCases, type Deviant } from "../support/deviant-cases.ts";
import type { ReadFaults } from "../support/reference-reads.ts";
import { DEFAULT_KMS_KEY_ID } from "../support/reference-store/kms-keys.ts";
import type { StoreFaults } from "../support/reference-store/store-faults.ts";
import { StoreRuns } from "../support/reference-store/store-runs.ts";

const GET_HEAD = (family: string, ...behaviours: string[]) => ["get-object", "head-object"].flatMap((operation) => behaviours.map((behaviour) => `s3.${operation}.${family}.${behaviour}`));

/**
 * Each read fault, put on top of an independent reference implementation of the read rules, and the
 * cases it must fail (the first is the property whose replay is tried). Every other case keeps its outcome.
 */
const READ_DEVIANTS: Record<string, Deviant<ReadFaults>> = {
  "If-Match ignored": { faults: { ignoreIfMatch: true }, caught: GET_HEAD("conditional", "if-match", "combinations", "with-range") },
  "If-Unmodified-Since ignored": { faults: { ignoreIfUnmodifiedSince: true }, caught: GET_HEAD("conditional", "if-unmodified-since", "combinations", "with-range") },
  "If-None-Match answered 200": {
    faults: { ifNoneMatchAnswered200: true },
    caught: [...GET_HEAD("conditional", "if-none-match", "combinations", "with-range"), "s3.get-object.conditional.not-modified-etag"],
  },
  "304 answered with 200": {
    faults: { notModifiedAs200: true },
    caught: [...GET_HEAD("conditional", "if-modified-since", "if-none-match", "combinations", "with-range"), "s3.get-object.conditional.not-modified-etag"],
  },
  "suffix range served from the start": {
    faults: { suffixRangeFromStart: true },
    caught: [...GET_HEAD("range", "satisfiable"), ...GET_HEAD("conditional", "with-range"), ...GET_HEAD("sse-c", "range")],
  },
  "last byte of a range dropped": {
    faults: { dropLastRangeByte: true },
    caught: [
      ...GET_HEAD("range", "satisfiable"),
      "s3.get-object.range.clamped-edges",
      ...GET_HEAD("part-number", "single-part-object", "multipart-object"),
      ...GET_HEAD("conditional", "with-range"),
      ...GET_HEAD("sse-c", "range"),
    ],
  },
  "416 answered with 200": { faults: { unsatisfiableAs200: true }, caught: [...GET_HEAD("range", "unsatisfiable"), ...GET_HEAD("conditional", "with-range")] },
  "Content-Range with a wrong total": {
    faults: { contentRangeWrongTotal: true },
    caught: [
      ...GET_HEAD("range", "satisfiable"),
      "s3.get-object.range.clamped-edges",
      ...GET_HEAD("part-number", "single-part-object", "multipart-object"),
      ...GET_HEAD("conditional", "with-range"),
      ...GET_HEAD("sse-c", "range"),
    ],
  },
};


/** The reference store with one read fault at a time. */
const DEVIANTS: Record<string, Deviant<StoreFaults>> = Object.fromEntries(
  Object.entries(READ_DEVIANTS).map(([name, deviant]) => [name, { faults: { reads: deviant.faults }, caught: deviant.caught }]),
);

deviantCases(
  {
    runs: new StoreRuns(),
    deviants: DEVIANTS,
    args: ["--filter", "s3.get-object", "--filter", "s3.head-object", "--sse-c-over-http", "--kms-key-id", DEFAULT_KMS_KEY_ID],
    seed: 31337,
    numRuns: 40,
    minimumCases: 30,
  },
  {},
);

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deviantCases, type Deviant } from "../support/deviant-cases.ts";
import { PROXY_CREDENTIALS } from "../support/proxy-runs.ts";
import type { ReadFaults } from "../support/reference-store/reference-reads.ts";
import { DEFAULT_KMS_KEY_ID } from "../support/reference-store/kms-keys.ts";
import type { StoreFaults } from "../support/reference-store/store-faults.ts";
import { StoreRuns } from "../support/reference-store/store-runs.ts";
import { runCli, verdictById } from "../support/run-cli.ts";
import { shellWords } from "../support/shell-words.ts";

const GET_HEAD = (family: string, ...behaviours: string[]) => ["get-object", "head-object"].flatMap((operation) => behaviours.map((behaviour) => `s3.${operation}.${family}.${behaviour}`));

/** The cases that read a ranged body and its Content-Range. */
const RANGED_BODY_CASES = [
  ...GET_HEAD("range", "satisfiable", "equivalent-forms"),
  "s3.get-object.range.clamped-edges",
  ...GET_HEAD("part-number", "single-part-object", "multipart-object"),
  ...GET_HEAD("conditional", "with-range", "if-range"),
  ...GET_HEAD("sse-c", "range"),
];

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
    caught: [...GET_HEAD("range", "satisfiable", "equivalent-forms"), ...GET_HEAD("conditional", "with-range", "if-range"), ...GET_HEAD("sse-c", "range")],
  },
  "last byte of a range dropped": {
    faults: { dropLastRangeByte: true },
    caught: RANGED_BODY_CASES,
  },
  // equivalent-forms sends its forms against a 2-byte object too, where `BYTES=90-` and the like are unsatisfiable.
  "416 answered with 200": { faults: { unsatisfiableAs200: true }, caught: [...GET_HEAD("range", "unsatisfiable", "equivalent-forms"), ...GET_HEAD("conditional", "with-range", "if-range")] },
  "Content-Range with a wrong total": {
    faults: { contentRangeWrongTotal: true },
    caught: RANGED_BODY_CASES,
  },
  "If-Range ignored": { faults: { ignoreIfRange: true }, caught: GET_HEAD("conditional", "if-range") },
  "weak If-Range tag matched": { faults: { weakIfRangeMatches: true }, caught: GET_HEAD("conditional", "if-range") },
  "If-Range date read as If-Unmodified-Since": { faults: { ifRangeDateAsUnmodifiedSince: true }, caught: GET_HEAD("conditional", "if-range") },
  "If-Range that is no validator taken as absent": { faults: { ifRangeGarbageIgnored: true }, caught: GET_HEAD("conditional", "if-range") },
  "If-Range date refused": { faults: { ifRangeDateRefused: true }, caught: GET_HEAD("conditional", "if-range", "if-range-without-range") },
  "If-Range without Range evaluated": { faults: { ifRangeWithoutRangeChecked: true }, caught: GET_HEAD("conditional", "if-range-without-range") },
  "unknown range unit read as bytes": { faults: { unknownUnitServed: true }, caught: GET_HEAD("range", "unknown-unit") },
  "several ranges answered with the first": {
    faults: { firstOfSeveralRangesServed: true },
    caught: [...GET_HEAD("range", "overlapping", "ignored-forms"), ...GET_HEAD("conditional", "with-range")],
  },
};

/**
 * Read faults that break only a SHOULD rule (the RFC lets a server ignore any Range, so serving the
 * whole object where a range was due is a deviation from a recommendation): each makes exactly its
 * cases non-strict, the first with findings of its rule alone, whose replay shows the finding again.
 */
const SHOULD_DEVIANTS: Record<string, Deviant<ReadFaults> & { rule: string }> = {
  "If-Range never holds": { faults: { ifRangeNeverHolds: true }, rule: "read.if-range.entity-tag-match", caught: GET_HEAD("conditional", "if-range") },
  "range unit case-sensitive": { faults: { unitCaseSensitive: true }, rule: "read.range.unit-case", caught: GET_HEAD("range", "equivalent-forms") },
  "leading zeros not read": { faults: { leadingZerosIgnored: true }, rule: "read.range.leading-zeros", caught: GET_HEAD("range", "equivalent-forms") },
  "empty list elements and spaces around commas not tolerated": { faults: { listSyntaxIgnored: true }, rule: "read.range.list-syntax", caught: GET_HEAD("range", "equivalent-forms") },
  "whitespace inside a Range tolerated": { faults: { rangeWhitespaceTolerated: true }, rule: "read.range.invalid-specifier", caught: GET_HEAD("range", "invalid-specifier") },
  "empty range set served": {
    faults: { emptyRangeSetServed: true },
    rule: "read.range.invalid-specifier",
    caught: [...GET_HEAD("range", "invalid-specifier", "ignored-forms"), ...GET_HEAD("conditional", "with-range")],
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

describe("read faults that break a SHOULD rule", () => {
  const runs = new StoreRuns();
  const seed = 31337;

  beforeAll(async () => {
    const variants = { baseline: {}, ...Object.fromEntries(Object.entries(SHOULD_DEVIANTS).map(([name, deviant]) => [name, { reads: deviant.faults }])) };
    const filters = ["s3.get-object.range", "s3.head-object.range", "s3.get-object.conditional", "s3.head-object.conditional"].flatMap((filter) => ["--filter", filter]);
    await runs.start(variants, [...filters, "--seed", String(seed), "--num-runs", "40"], 2);
  }, 600_000);

  afterAll(() => runs.stop());

  for (const [name, deviant] of Object.entries(SHOULD_DEVIANTS)) {
    test(`${name}: the matching cases become non-strict with findings of ${deviant.rule}, whose replay shows one again`, async () => {
      const before = verdictById(runs.runs.get("baseline")?.report);
      expect([...before.values()].every((verdict) => verdict === "passed")).toBe(true);
      const report = runs.runs.get(name)?.report;
      const observed = verdictById(report);
      expect([...before.keys()].filter((id) => observed.get(id) !== before.get(id)).sort()).toEqual([...deviant.caught].sort());

      const primary = report?.cases.find((entry) => entry.id === deviant.caught[0]);
      expect(primary?.status).toBe("non-strict");
      expect(primary?.findings.map((finding) => [finding.rule, finding.requirement])).toEqual(primary?.findings.map(() => [deviant.rule, "SHOULD"]));
      const finding = primary?.findings[0];
      const replay = shellWords(finding?.replay ?? "");
      expect(replay).toContain(runs.endpoints.get(name));
      const again = await runCli([...replay.slice(1), "--out", "{out}"], PROXY_CREDENTIALS);
      expect(again.report?.cases.map((entry) => [entry.id, entry.status, entry.findings.map((each) => each.signature)])).toEqual([[primary?.id, "non-strict", [finding?.signature]]]);
    });
  }
});

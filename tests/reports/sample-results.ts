import type { Finding } from "../../harness/findings.ts";
import { documented, inferred, recorded, rfc, sourceOf, type Rule } from "../../oracle/rules/rule.ts";
import { listedRules } from "../../harness/rule-types.ts";
import { buildReport, type ReportInput } from "../../reports/build-report.ts";
import type { CaseResult, ExpectationsFile, Report } from "../../reports/report-types.ts";

// A small hand-made rule catalog: the report writers take any rules, and the sample stays the same
// whatever the oracle's tables declare.
export const RANGE_RULE: Rule = {
  id: "read.range.unsatisfiable",
  statement: "A Range whose first byte is at or past the object's size is 416 InvalidRange",
  requirement: "MUST",
  provenance: recorded("get-range-unsatisfiable"),
};
export const SUFFIX_RULE: Rule = {
  id: "read.range.suffix-clamped",
  statement: "A suffix Range longer than the object is the whole object, 206",
  requirement: "MUST",
  provenance: documented("https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html"),
};
export const IF_MATCH_RULE: Rule = {
  id: "read.precondition.if-match-failed",
  statement: "A GET whose If-Match names another entity tag is 412 PreconditionFailed, whatever If-None-Match says",
  requirement: "MUST",
  provenance: rfc(9110, "13.2.2"),
};
export const NOT_MODIFIED_RULE: Rule = {
  id: "read.not-modified.etag",
  statement: "RFC 9110: a 304 answer carries the ETag the 200 answer would have carried",
  requirement: "SHOULD",
  provenance: rfc(9110, "15.4.5"),
};
export const TOO_LARGE_RULE: Rule = {
  id: "mediastore.put.too-large",
  statement: "A PutObject of more than 25 MB is 400",
  requirement: "MUST",
  provenance: inferred("the MediaStore Data quotas page"),
};
/** Every rule of the sample, in no particular order: the report sorts them. */
export const SAMPLE_RULES: Rule[] = [RANGE_RULE, SUFFIX_RULE, IF_MATCH_RULE, NOT_MODIFIED_RULE, TOO_LARGE_RULE];

/** A finding of `rule` on `field`, as harness/findings.ts makes it (its signature format included). */
export function sampleFinding(rule: Rule, field: string, expected: string, observed: string, more: Partial<Finding> = {}): Finding {
  return {
    signature: `${rule.id} ${field}: ${expected} / ${observed}`,
    rule: rule.id,
    statement: rule.statement,
    requirement: rule.requirement,
    provenance: rule.provenance,
    source: sourceOf(rule.provenance),
    field,
    expected,
    observed,
    inputs: 1,
    example: `GET ${field} expected ${expected}, observed ${observed}`,
    ...more,
  };
}

/** 416 expected, 200 observed: known for invalid-range and past-end. */
export const RANGE_FINDING = sampleFinding(RANGE_RULE, "status", "416 InvalidRange", "200", { inputs: 3, example: "GET bytes=10-: status expected 416 InvalidRange, observed 200" });
/** Listed for past-end, not seen by this run: a fix to confirm. */
export const ACTUAL_SIZE_SIGNATURE = `${RANGE_RULE.id} error <ActualObjectSize>: value / absent`;
/** New: the evaluation-order property found it (not in the expectations). */
export const ORDER_FINDING = sampleFinding(IF_MATCH_RULE, "status", "412 PreconditionFailed", "304", {
  inputs: 7,
  example: "GET If-Match: \"other\", If-None-Match: \"etag\": status expected 412 PreconditionFailed, observed 304",
  counterexample: [{ key: "a" }],
  seed: 42,
  path: "3:1",
  shrinks: 5,
});
/** A SHOULD finding, known: the non-strict case. */
export const ETAG_FINDING = sampleFinding(NOT_MODIFIED_RULE, "header etag", "value", "absent", { inputs: 2, example: "GET If-None-Match: \"etag\": header ETag expected \"etag\", observed absent" });

/** A case result with plausible metadata; tests override what they look at. */
export function sampleResult(overrides: Partial<CaseResult> & Pick<CaseResult, "id" | "status">): CaseResult {
  return {
    protocol: "s3",
    operation: "GetObject",
    feature: "range",
    requirement: "MUST",
    source: "aws-observed:sample-row",
    title: "A sample behaviour",
    durationMs: 12,
    findings: [],
    exercised: {},
    inputs: 0,
    ...overrides,
  };
}

export const SAMPLE_RESULTS: CaseResult[] = [
  sampleResult({ id: "s3.get-object.range.suffix-range", status: "passed", requests: 6, exercised: { [SUFFIX_RULE.id]: 5 }, inputs: 5 }),
  sampleResult({
    id: "s3.get-object.range.invalid-range",
    status: "failed",
    message: "expected 416, got 200\nsecond line of the diff",
    requests: 4,
    findings: [RANGE_FINDING],
    exercised: { [RANGE_RULE.id]: 3 },
    inputs: 3,
  }),
  sampleResult({ id: "s3.get-object.conditional.if-match", feature: "conditional", status: "passed", requests: 5, exercised: { [IF_MATCH_RULE.id]: 4 }, inputs: 4 }),
  sampleResult({
    id: "s3.get-object.conditional.evaluation-order",
    feature: "conditional",
    status: "failed",
    message: "If-Match | If-None-Match evaluated in the wrong order",
    requests: 100,
    findings: [ORDER_FINDING],
    exercised: { [IF_MATCH_RULE.id]: 60, [NOT_MODIFIED_RULE.id]: 40 },
    inputs: 100,
    seed: 42,
    numRuns: 100,
  }),
  sampleResult({
    id: "s3.get-object.conditional.not-modified-etag",
    feature: "conditional",
    status: "non-strict",
    requests: 3,
    findings: [ETAG_FINDING],
    exercised: { [NOT_MODIFIED_RULE.id]: 2 },
    inputs: 2,
  }),
  sampleResult({
    id: "s3.get-object.range.past-end",
    status: "failed",
    requests: 2,
    findings: [{ ...RANGE_FINDING, inputs: 1 }],
    exercised: { [RANGE_RULE.id]: 1 },
    inputs: 1,
  }),
  sampleResult({ id: "s3.put-object.sse-c.round-trip", operation: "PutObject", feature: "sse-c", status: "unsupported", message: "answers 501 NotImplemented", requests: 1 }),
  sampleResult({ id: "s3.put-object.body.empty", operation: "PutObject", feature: "body", status: "errored", message: "target unreachable: ECONNRESET" }),
  sampleResult({
    id: "mediastore-data.put-object.size-limits.too-large",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "size-limits",
    status: "skipped",
    message: "needs a 25 MB body",
  }),
];

export const SAMPLE_EXPECTATIONS: ExpectationsFile = {
  target: "sample-store",
  cases: {
    "s3.get-object.conditional.not-modified-etag": {
      status: "non-strict",
      findings: [{ signature: ETAG_FINDING.signature, reason: "a 304 without ETag" }],
    },
    "s3.get-object.range.invalid-range": {
      status: "failed",
      findings: [{ signature: RANGE_FINDING.signature, reason: "answers 200 with the whole object" }],
    },
    "s3.get-object.range.past-end": {
      status: "failed",
      findings: [
        { signature: RANGE_FINDING.signature, reason: "answers 200 with the whole object" },
        { signature: ACTUAL_SIZE_SIGNATURE, reason: "the error names no ActualObjectSize" },
      ],
    },
    "s3.put-object.sse-c.round-trip": { status: "unsupported", reason: "no SSE-C", findings: [] },
  },
};

/** The sample's replay: offered for a property's findings only (those with a seed). */
export function sampleReplay(result: CaseResult, finding: Finding): string | undefined {
  const seed = finding.seed ?? result.seed;
  return seed === undefined ? undefined : `s3-conformance run --filter ${result.id} --seed ${seed} --finding '${finding.signature}'`;
}

export function sampleReport(results: CaseResult[] = SAMPLE_RESULTS, errors: string[] = [], more: Partial<ReportInput> = {}): Report {
  return buildReport({
    tool: { name: "s3-conformance", version: "0.1.0" },
    run: { id: "abcd1234", startedAt: "2025-01-02T03:04:05.000Z", finishedAt: "2025-01-02T03:05:00.000Z", seed: 42, numRuns: 100, errors },
    target: { name: "sample-store", kind: "embedded", endpoint: "http://127.0.0.1:4568" },
    results,
    expectations: SAMPLE_EXPECTATIONS,
    rules: listedRules(SAMPLE_RULES),
    replayCommand: sampleReplay,
    ...more,
  });
}

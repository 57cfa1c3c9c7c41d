import { buildReport } from "../../reports/build-report.ts";
import type { CaseResult, ExpectationsFile, Report } from "../../reports/report-types.ts";

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
    ...overrides,
  };
}

export const SAMPLE_RESULTS: CaseResult[] = [
  sampleResult({ id: "s3.get-object.range.suffix-range", status: "passed" }),
  sampleResult({ id: "s3.get-object.range.invalid-range", status: "failed", message: "expected 416, got 200\nsecond line of the diff" }),
  sampleResult({ id: "s3.get-object.conditional.if-match", feature: "conditional", status: "passed" }),
  sampleResult({
    id: "s3.get-object.conditional.evaluation-order",
    feature: "conditional",
    status: "failed",
    message: "If-Match | If-None-Match evaluated in the wrong order",
    seed: 42,
    numRuns: 100,
    path: "3:1",
    counterexample: [{ key: "a" }],
  }),
  sampleResult({ id: "s3.put-object.sse-c.round-trip", operation: "PutObject", feature: "sse-c", status: "unsupported", message: "answers 501 NotImplemented" }),
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
    "s3.get-object.range.invalid-range": { status: "failed", reason: "answers 200 with the whole object" },
    "s3.put-object.sse-c.round-trip": { status: "unsupported", reason: "no SSE-C" },
  },
};

export function sampleReport(results: CaseResult[] = SAMPLE_RESULTS, errors: string[] = []): Report {
  return buildReport({
    tool: { name: "s3-conformance", version: "0.1.0" },
    run: { id: "abcd1234", startedAt: "2025-01-02T03:04:05.000Z", finishedAt: "2025-01-02T03:05:00.000Z", seed: 42, numRuns: 100, errors },
    target: { name: "sample-store", kind: "embedded", endpoint: "http://127.0.0.1:4568" },
    results,
    expectations: SAMPLE_EXPECTATIONS,
    replayCommand: (result) => (result.seed !== undefined ? `s3-conformance run --filter ${result.id} --seed ${result.seed}` : undefined),
  });
}

import { expect, test } from "vitest";
import type { Finding } from "../../harness/findings.ts";
import { sourceOf } from "../../oracle/rules/rule.ts";
import { exitCodeOf } from "../../reports/build-report.ts";
import { REPORT_SCHEMA_ID, type CaseResult } from "../../reports/report-types.ts";
import {
  ACTUAL_SIZE_SIGNATURE,
  ETAG_FINDING,
  IF_MATCH_RULE,
  NOT_MODIFIED_RULE,
  ORDER_FINDING,
  RANGE_FINDING,
  RANGE_RULE,
  SAMPLE_RESULTS,
  sampleFinding,
  sampleReport,
  sampleResult,
} from "./sample-results.ts";

const resultOf = (id: string): CaseResult => SAMPLE_RESULTS.find((result) => result.id === id)!;

test("cases are sorted by id and carry their expectation", () => {
  const report = sampleReport();
  const ids = report.cases.map((entry) => entry.id);
  expect(ids).toEqual([...ids].sort());
  expect(report.schema).toBe(REPORT_SCHEMA_ID);

  const byId = new Map(report.cases.map((entry) => [entry.id, entry]));
  expect(byId.get("s3.get-object.range.invalid-range")).toMatchObject({
    expected: { status: "failed", findings: [{ signature: RANGE_FINDING.signature, reason: "answers 200 with the whole object" }] },
    asExpected: true,
  });
  expect(byId.get("s3.put-object.sse-c.round-trip")).toMatchObject({ expected: { status: "unsupported", reason: "no SSE-C", findings: [] }, asExpected: true });
  expect(byId.get("s3.get-object.range.suffix-range")).toMatchObject({ expected: { status: "passed", findings: [] }, vanished: [], asExpected: true });
  expect(byId.get("s3.put-object.body.empty")).toMatchObject({ expected: { status: "passed" }, asExpected: false });
});

test("the same findings as expected, in any order, are as expected; each is marked known", () => {
  const report = sampleReport();
  const byId = new Map(report.cases.map((entry) => [entry.id, entry]));
  expect(byId.get("s3.get-object.range.invalid-range")).toMatchObject({ findings: [{ signature: RANGE_FINDING.signature, known: true }], vanished: [], asExpected: true });
  // A SHOULD finding only: non-strict, and the expectations say so.
  expect(byId.get("s3.get-object.conditional.not-modified-etag")).toMatchObject({
    status: "non-strict",
    findings: [{ signature: ETAG_FINDING.signature, requirement: "SHOULD", known: true }],
    asExpected: true,
  });

  const actualSize = sampleFinding(RANGE_RULE, "error <ActualObjectSize>", "value", "absent");
  expect(actualSize.signature).toBe(ACTUAL_SIZE_SIGNATURE);
  const both = sampleReport([{ ...resultOf("s3.get-object.range.past-end"), findings: [actualSize, RANGE_FINDING] }]);
  expect(both.cases[0]).toMatchObject({ vanished: [], asExpected: true });
  expect(both.cases[0]!.findings.map((finding) => finding.known)).toEqual([true, true]);
  expect(exitCodeOf(both)).toBe(0);
});

test("a new finding makes its case unexpected and the exit code 1", () => {
  const report = sampleReport();
  const order = report.cases.find((entry) => entry.id === "s3.get-object.conditional.evaluation-order")!;
  expect(order).toMatchObject({ status: "failed", expected: { status: "passed", findings: [] }, asExpected: false });
  expect(order.findings).toMatchObject([{ signature: ORDER_FINDING.signature, known: false }]);

  // Same status as expected, one finding more: still unexpected.
  const extra = sampleFinding(RANGE_RULE, "header content-range", "value", "absent");
  const more = sampleReport([{ ...resultOf("s3.get-object.range.invalid-range"), findings: [RANGE_FINDING, extra] }]);
  expect(more.cases[0]).toMatchObject({ status: "failed", expected: { status: "failed" }, vanished: [], asExpected: false });
  expect(more.cases[0]!.findings.map((finding) => [finding.signature, finding.known])).toEqual([
    [RANGE_FINDING.signature, true],
    [extra.signature, false],
  ]);
  expect(more.summary).toMatchObject({ unexpected: 1, newFindings: 1, vanishedFindings: 0 });
  expect(exitCodeOf(more)).toBe(1);
});

test("an expected finding that vanished makes its case unexpected: a fix to confirm", () => {
  const report = sampleReport();
  const pastEnd = report.cases.find((entry) => entry.id === "s3.get-object.range.past-end")!;
  expect(pastEnd).toMatchObject({ status: "failed", expected: { status: "failed" }, asExpected: false });
  expect(pastEnd.findings.every((finding) => finding.known)).toBe(true);
  expect(pastEnd.vanished).toEqual([{ signature: ACTUAL_SIZE_SIGNATURE, reason: "the error names no ActualObjectSize" }]);

  const alone = sampleReport([resultOf("s3.get-object.range.past-end")]);
  expect(alone.summary).toMatchObject({ unexpected: 1, newFindings: 0, vanishedFindings: 1 });
  expect(exitCodeOf(alone)).toBe(1);

  // Every finding gone: the case passes, unexpectedly, and lists both as vanished.
  const fixed = sampleReport([sampleResult({ id: "s3.get-object.range.invalid-range", status: "passed" })]);
  expect(fixed.cases[0]).toMatchObject({ vanished: [{ signature: RANGE_FINDING.signature }], asExpected: false });
});

test("a case that was not judged to the end shows no vanished finding", () => {
  const pastEnd = resultOf("s3.get-object.range.past-end");
  const ended = sampleReport([
    { ...pastEnd, status: "errored", findings: [], message: "target unreachable: ECONNRESET" },
    { ...pastEnd, id: "s3.get-object.range.past-end-skipped", status: "skipped", findings: [] },
  ]);
  for (const entry of ended.cases) expect(entry).toMatchObject({ vanished: [], asExpected: false });
  expect(ended.summary.vanishedFindings).toBe(0);

  // Findings beyond the per-case cap were left out: an unseen expected finding may be among them.
  const capped = sampleReport([{ ...pastEnd, findingsLeftOut: 2 }]);
  expect(capped.cases[0]).toMatchObject({ vanished: [], asExpected: true });
});

test("a finding's replay comes from replayCommand, given the case and the finding", () => {
  const calls: [string, string][] = [];
  const report = sampleReport(undefined, [], {
    replayCommand: (result: CaseResult, finding: Finding) => {
      calls.push([result.id, finding.signature]);
      return result.id.endsWith("past-end") ? undefined : `replay ${result.id} ${finding.rule}`;
    },
  });
  const findings = report.cases.flatMap((entry) => entry.findings.map((finding) => [entry.id, finding] as const));
  expect(calls.sort()).toEqual(findings.map(([id, finding]) => [id, finding.signature]).sort());
  for (const [id, finding] of findings) {
    if (id.endsWith("past-end")) expect("replay" in finding).toBe(false);
    else expect(finding.replay).toBe(`replay ${id} ${finding.rule}`);
  }
});

test("replay is attached only where the command builder offers one", () => {
  const report = sampleReport();
  const withReplay = report.cases.flatMap((entry) => entry.findings.filter((finding) => "replay" in finding).map((finding) => [entry.id, finding.replay]));
  expect(withReplay).toEqual([
    ["s3.get-object.conditional.evaluation-order", `s3-conformance run --filter s3.get-object.conditional.evaluation-order --seed 42 --finding '${ORDER_FINDING.signature}'`],
  ]);
  expect(report.cases.filter((entry) => "replay" in entry)).toHaveLength(0);
});

test("the summary counts statuses, unexpected outcomes, findings by requirement, new and vanished findings and requests", () => {
  const { summary } = sampleReport();
  // Unexpected: the evaluation-order failure (a new finding), past-end (a vanished finding), the errored
  // body case and the skipped one (neither is in the expectations).
  expect(summary).toEqual({
    total: 9,
    passed: 2,
    "non-strict": 1,
    failed: 3,
    unsupported: 1,
    skipped: 1,
    errored: 1,
    unexpected: 4,
    findings: { MUST: 3, SHOULD: 1, MAY: 0 },
    newFindings: 1,
    vanishedFindings: 1,
    requests: 121,
  });
});

test("summary.findings counts every finding by its own requirement", () => {
  const may = sampleFinding({ ...NOT_MODIFIED_RULE, requirement: "MAY" }, "header last-modified", "value", "absent");
  const weakField = { ...sampleFinding(IF_MATCH_RULE, "error <Condition>", "value", "absent"), requirement: "SHOULD" as const };
  const { summary } = sampleReport([
    sampleResult({ id: "s3.get-object.conditional.many", status: "failed", findings: [ORDER_FINDING, weakField, may, ETAG_FINDING] }),
  ]);
  expect(summary.findings).toEqual({ MUST: 1, SHOULD: 2, MAY: 1 });
  expect(summary.newFindings).toBe(4);
});

test("rules lists every rule, sorted by id, with exercised counts summed over cases and its findings", () => {
  const { rules } = sampleReport();
  expect(rules.map((rule) => [rule.id, rule.exercised, rule.findings, rule.cases])).toEqual([
    ["mediastore.put.too-large", 0, 0, []],
    ["read.not-modified.etag", 42, 1, ["s3.get-object.conditional.not-modified-etag"]],
    ["read.precondition.if-match-failed", 64, 1, ["s3.get-object.conditional.evaluation-order"]],
    ["read.range.suffix-clamped", 5, 0, []],
    ["read.range.unsatisfiable", 4, 2, ["s3.get-object.range.invalid-range", "s3.get-object.range.past-end"]],
  ]);
  expect(rules.find((rule) => rule.id === RANGE_RULE.id)).toEqual({
    id: RANGE_RULE.id,
    statement: RANGE_RULE.statement,
    requirement: "MUST",
    provenance: RANGE_RULE.provenance,
    source: sourceOf(RANGE_RULE.provenance),
    exercised: 4,
    findings: 2,
    cases: ["s3.get-object.range.invalid-range", "s3.get-object.range.past-end"],
  });
  // A rule's findings count each finding, a case's two findings of one rule name the case once.
  const twice = sampleReport([
    sampleResult({ id: "s3.get-object.range.two", status: "failed", findings: [RANGE_FINDING, sampleFinding(RANGE_RULE, "error Code", "InvalidRange", "no error body")], exercised: { [RANGE_RULE.id]: 2 } }),
  ]);
  expect(twice.rules.find((rule) => rule.id === RANGE_RULE.id)).toMatchObject({ exercised: 2, findings: 2, cases: ["s3.get-object.range.two"] });
  // Without rules handed in, the coverage is empty (the catalog is the run's, never guessed).
  expect(sampleReport(undefined, [], { rules: [] }).rules).toEqual([]);
});

test("the exit code is 0 only when every case is as expected and the run had no errors", () => {
  expect(exitCodeOf(sampleReport())).toBe(1);

  const asExpected = SAMPLE_RESULTS.filter((result) => sampleReport([result]).cases[0]!.asExpected);
  expect(asExpected.map((result) => result.id).sort()).toEqual([
    "s3.get-object.conditional.if-match",
    "s3.get-object.conditional.not-modified-etag",
    "s3.get-object.range.invalid-range",
    "s3.get-object.range.suffix-range",
    "s3.put-object.sse-c.round-trip",
  ]);
  expect(exitCodeOf(sampleReport(asExpected))).toBe(0);
  expect(exitCodeOf(sampleReport(asExpected, ["target did not start"]))).toBe(1);
  expect(exitCodeOf(sampleReport([], ["target did not start"]))).toBe(1);
});

test("an unexpected pass is as loud as an unexpected failure", () => {
  const report = sampleReport([sampleResult({ id: "s3.put-object.sse-c.round-trip", status: "passed" })]);
  expect(report.cases[0]).toMatchObject({ expected: { status: "unsupported" }, asExpected: false });
  expect(report.summary.unexpected).toBe(1);
  expect(exitCodeOf(report)).toBe(1);
});

test("the input results are not reordered or changed", () => {
  const results = structuredClone(SAMPLE_RESULTS);
  sampleReport(results);
  expect(results).toEqual(SAMPLE_RESULTS);
  expect(results.every((result) => !("expected" in result) && !("vanished" in result))).toBe(true);
  expect(results.flatMap((result) => result.findings).every((finding) => !("known" in finding) && !("replay" in finding))).toBe(true);
});

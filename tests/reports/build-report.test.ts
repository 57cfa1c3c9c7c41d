import { expect, test } from "vitest";
import { exitCodeOf } from "../../reports/build-report.ts";
import { REPORT_SCHEMA_ID } from "../../reports/report-types.ts";
import { SAMPLE_RESULTS, sampleReport, sampleResult } from "./sample-results.ts";

test("cases are sorted by id and carry their expectation", () => {
  const report = sampleReport();
  const ids = report.cases.map((entry) => entry.id);
  expect(ids).toEqual([...ids].sort());
  expect(report.schema).toBe(REPORT_SCHEMA_ID);

  const byId = new Map(report.cases.map((entry) => [entry.id, entry]));
  expect(byId.get("s3.get-object.range.invalid-range")).toMatchObject({
    expected: { status: "failed", reason: "answers 200 with the whole object" },
    asExpected: true,
  });
  expect(byId.get("s3.get-object.range.suffix-range")).toMatchObject({ expected: { status: "passed" }, asExpected: true });
  expect(byId.get("s3.put-object.body.empty")).toMatchObject({ expected: { status: "passed" }, asExpected: false });
});

test("replay is attached only where the command builder offers one", () => {
  const report = sampleReport();
  const withReplay = report.cases.filter((entry) => entry.replay !== undefined).map((entry) => entry.id);
  expect(withReplay).toEqual(["s3.get-object.conditional.evaluation-order"]);
  expect(report.cases.filter((entry) => "replay" in entry)).toHaveLength(1);
});

test("the summary counts statuses and unexpected outcomes", () => {
  const { summary } = sampleReport();
  // Unexpected: the evaluation-order failure, the errored body case and the skipped one (none is in the expectations).
  expect(summary).toEqual({ total: 7, passed: 2, failed: 2, unsupported: 1, skipped: 1, errored: 1, unexpected: 3 });
});

test("the exit code is 0 only when every case is as expected and the run had no errors", () => {
  expect(exitCodeOf(sampleReport())).toBe(1);

  const asExpected = SAMPLE_RESULTS.filter((result) => result.status === "passed" || result.id === "s3.get-object.range.invalid-range");
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
  const results = [...SAMPLE_RESULTS];
  sampleReport(results);
  expect(results).toEqual(SAMPLE_RESULTS);
  expect(results.every((result) => !("expected" in result))).toBe(true);
});

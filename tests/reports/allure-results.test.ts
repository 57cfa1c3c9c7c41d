import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, inject, test } from "vitest";
import { ALLURE_CATEGORIES } from "../../reports/allure/allure-categories.ts";
import { environmentProperties, writeAllureResults, type AllureResult } from "../../reports/allure/allure-results.ts";
import type { Report } from "../../reports/report-types.ts";
import { ETAG_FINDING, ORDER_FINDING, RANGE_FINDING, SAMPLE_EXPECTATIONS, sampleReport } from "./sample-results.ts";

const TOO_LARGE = "mediastore-data.put-object.size-limits.too-large";

/** Writes the results of a report into a fresh folder and reads them back, by case id. */
function written(report: Report) {
  const outDir = mkdtempSync(join(inject("selfTmp"), "allure-"));
  const folder = writeAllureResults(outDir, report);
  const names = readdirSync(folder);
  const results = names.filter((name) => name.endsWith("-result.json")).map((name) => ({ name, result: JSON.parse(readFileSync(join(folder, name), "utf8")) as AllureResult }));
  return { folder, names, results, byId: new Map(results.map(({ result }) => [result.name, result])) };
}

function labels(result: AllureResult, name: string): string[] {
  return result.labels.filter((label) => label.name === name).map((label) => label.value);
}

/** The categories a result falls in, matched as Allure 2 does: the status, and the regex over the whole message. */
function categoriesOf(result: AllureResult): string[] {
  return ALLURE_CATEGORIES.filter(
    (category) => category.matchedStatuses.includes(result.status) && result.statusDetails.message !== undefined && new RegExp(`^(?:${category.messageRegex})$`).test(result.statusDetails.message),
  ).map((category) => category.name);
}

test("one <uuid>-result.json per case, with categories.json and environment.properties beside them", () => {
  const report = sampleReport();
  const { names, results, byId } = written(report);
  expect(results).toHaveLength(report.summary.total);
  for (const { name, result } of results) {
    expect(name).toBe(`${result.uuid}-result.json`);
    expect(result.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(result.stage).toBe("finished");
    expect(result.stop).toBeGreaterThanOrEqual(result.start);
  }
  expect([...byId.keys()].sort()).toEqual(report.cases.map((entry) => entry.id).sort());
  expect(names).toContain("categories.json");
  expect(names).toContain("environment.properties");
});

test("the labels: epic protocol, feature operation, story feature, severity from the requirement, tag outcome, target", () => {
  const report = sampleReport();
  report.cases.find((entry) => entry.id === "s3.get-object.conditional.not-modified-etag")!.requirement = "SHOULD";
  const { byId } = written(report);
  const pastEnd = byId.get("s3.get-object.range.past-end")!;
  expect(labels(pastEnd, "epic")).toEqual(["s3"]);
  expect(labels(pastEnd, "feature")).toEqual(["GetObject"]);
  expect(labels(pastEnd, "story")).toEqual(["range"]);
  expect(labels(pastEnd, "severity")).toEqual(["critical"]);
  expect(labels(pastEnd, "target")).toEqual(["sample-store"]);
  expect(labels(pastEnd, "tag")).toContain("failed");
  expect(labels(byId.get("s3.get-object.conditional.not-modified-etag")!, "severity")).toEqual(["normal"]);
  expect(labels(byId.get(TOO_LARGE)!, "epic")).toEqual(["mediastore-data"]);
});

test("historyId is stable per target and case; a case keeps it across runs, another target gets another", () => {
  const first = written(sampleReport()).byId.get("s3.get-object.range.past-end")!;
  const again = written(sampleReport()).byId.get("s3.get-object.range.past-end")!;
  const other = sampleReport();
  other.target.name = "other-store";
  const elsewhere = written(other).byId.get("s3.get-object.range.past-end")!;
  expect(again.historyId).toBe(first.historyId);
  expect(again.uuid).not.toBe(first.uuid);
  expect(elsewhere.historyId).not.toBe(first.historyId);
  expect(elsewhere.testCaseId).toBe(first.testCaseId);
});

test("status: an as-expected case with known findings passes as a known issue; an unexpected one fails; an unexpected error is broken", () => {
  const { byId } = written(sampleReport());
  const invalid = byId.get("s3.get-object.range.invalid-range")!;
  expect(invalid.status).toBe("passed");
  expect(invalid.statusDetails).toMatchObject({ known: true, message: "as expected: failed, 1 known finding" });
  expect(labels(invalid, "tag")).toContain("known-issue");

  const nonStrict = byId.get("s3.get-object.conditional.not-modified-etag")!;
  expect(nonStrict.status).toBe("passed");
  expect(labels(nonStrict, "tag")).toEqual(expect.arrayContaining(["non-strict", "known-issue"]));

  expect(byId.get("s3.get-object.range.suffix-range")!).toMatchObject({ status: "passed", statusDetails: {} });
  expect(labels(byId.get("s3.get-object.range.suffix-range")!, "tag")).toEqual(["passed"]);

  const order = byId.get("s3.get-object.conditional.evaluation-order")!;
  expect(order.status).toBe("failed");
  expect(order.statusDetails.message).toBe(`outcome changed: failed, expected passed\nnew finding [MUST] ${ORDER_FINDING.signature}`);
  expect(order.statusDetails.known).toBeUndefined();
  expect(labels(order, "tag")).toContain("unexpected");

  expect(byId.get("s3.get-object.range.past-end")!.status).toBe("failed");
  expect(byId.get("s3.put-object.body.empty")!).toMatchObject({ status: "broken", statusDetails: { message: "errored: target unreachable: ECONNRESET\noutcome changed: errored, expected passed" } });
});

test("skipped and unsupported cases are skipped, the message naming which", () => {
  const report = sampleReport(undefined, [], {
    expectations: { ...SAMPLE_EXPECTATIONS, cases: { ...SAMPLE_EXPECTATIONS.cases, [TOO_LARGE]: { status: "skipped", reason: "needs a 25 MB body", findings: [] } } },
  });
  const { byId } = written(report);
  expect(byId.get("s3.put-object.sse-c.round-trip")!).toMatchObject({ status: "skipped", statusDetails: { message: "unsupported: answers 501 NotImplemented" } });
  expect(byId.get(TOO_LARGE)!).toMatchObject({ status: "skipped", statusDetails: { message: "skipped: needs a 25 MB body" } });
  expect(labels(byId.get(TOO_LARGE)!, "tag")).toEqual(["skipped"]);
  // Without its expectation the skip is unexpected, as the run's exit code says.
  expect(written(sampleReport()).byId.get(TOO_LARGE)!).toMatchObject({ status: "failed", statusDetails: { message: "skipped: needs a 25 MB body\noutcome changed: skipped, expected passed" } });
});

test("findings are steps named by signature: new ones failed, known ones skipped with the reason, vanished ones failed", () => {
  const { byId } = written(sampleReport());
  const [orderStep] = byId.get("s3.get-object.conditional.evaluation-order")!.steps;
  expect(orderStep).toMatchObject({ name: ORDER_FINDING.signature, status: "failed", stage: "finished" });
  expect(orderStep!.statusDetails.message).toBe(`new finding [MUST]: ${ORDER_FINDING.statement}`);
  expect(orderStep!.parameters).toEqual(expect.arrayContaining([{ name: "rule", value: ORDER_FINDING.rule }, { name: "observed", value: "304" }, { name: "seed", value: "42" }]));

  const pastEnd = byId.get("s3.get-object.range.past-end")!;
  expect(pastEnd.steps.map((step) => [step.name, step.status])).toEqual([
    [RANGE_FINDING.signature, "skipped"],
    ["vanished: read.range.unsatisfiable error <ActualObjectSize>: value / absent", "failed"],
  ]);
  expect(pastEnd.steps[0]!.statusDetails.message).toBe("known finding: answers 200 with the whole object");

  const etag = byId.get("s3.get-object.conditional.not-modified-etag")!.steps[0]!;
  expect(etag).toMatchObject({ name: ETAG_FINDING.signature, status: "skipped", statusDetails: { message: "known finding: a 304 without ETag" } });
});

test("a finding's counterexample is a JSON attachment of its step, written beside the results", () => {
  const { folder, byId } = written(sampleReport());
  const [attachment] = byId.get("s3.get-object.conditional.evaluation-order")!.steps[0]!.attachments;
  expect(attachment).toMatchObject({ name: "counterexample", type: "application/json" });
  expect(attachment!.source).toMatch(/^[0-9a-f-]{36}-attachment\.json$/);
  expect(existsSync(join(folder, attachment!.source))).toBe(true);
  expect(JSON.parse(readFileSync(join(folder, attachment!.source), "utf8"))).toEqual(ORDER_FINDING.counterexample);
  // A finding without a counterexample has no attachment.
  expect(byId.get("s3.get-object.range.invalid-range")!.steps[0]!.attachments).toEqual([]);
});

test("categories group the known findings, the new and vanished ones, unsupported and errored cases", () => {
  const { folder, byId } = written(sampleReport());
  expect(JSON.parse(readFileSync(join(folder, "categories.json"), "utf8"))).toEqual(ALLURE_CATEGORIES);
  expect(ALLURE_CATEGORIES.map((category) => category.name)).toEqual(
    expect.arrayContaining(["Known findings (expected)", "New findings (regressions)", "Vanished findings (fixes to confirm)", "Unsupported (optional feature)", "Errored (no connection or harness)"]),
  );
  expect(categoriesOf(byId.get("s3.get-object.range.invalid-range")!)).toEqual(["Known findings (expected)"]);
  expect(categoriesOf(byId.get("s3.get-object.conditional.not-modified-etag")!)).toEqual(["Known findings (expected)"]);
  expect(categoriesOf(byId.get("s3.get-object.conditional.evaluation-order")!)).toEqual(["New findings (regressions)", "Outcome changed"]);
  expect(categoriesOf(byId.get("s3.get-object.range.past-end")!)).toEqual(["Vanished findings (fixes to confirm)"]);
  expect(categoriesOf(byId.get("s3.put-object.sse-c.round-trip")!)).toEqual(["Unsupported (optional feature)"]);
  expect(categoriesOf(byId.get("s3.put-object.body.empty")!)).toEqual(["Outcome changed", "Errored (no connection or harness)"]);
  expect(categoriesOf(byId.get("s3.get-object.range.suffix-range")!)).toEqual([]);
});

test("the run's errors are one broken result; a rewrite leaves no result of an earlier run", () => {
  const outDir = mkdtempSync(join(inject("selfTmp"), "allure-"));
  const folder = writeAllureResults(outDir, sampleReport(undefined, ["the target did not start: port taken"]));
  const first = readdirSync(folder).filter((name) => name.endsWith("-result.json"));
  const runErrors = first.map((name) => JSON.parse(readFileSync(join(folder, name), "utf8")) as AllureResult).find((result) => result.name === "run errors")!;
  expect(runErrors).toMatchObject({ status: "broken", statusDetails: { message: "errored: the target did not start: port taken" } });
  writeAllureResults(outDir, sampleReport());
  const second = readdirSync(folder).filter((name) => name.endsWith("-result.json"));
  expect(second).toHaveLength(sampleReport().summary.total);
  expect(second.some((name) => first.includes(name))).toBe(false);
});

test("environment.properties names the target and the run, escaped as Java properties", () => {
  const report = sampleReport();
  report.run.filter = "s3.get-object.* mediastore=x";
  const text = environmentProperties(report);
  expect(text).toContain("target=sample-store\n");
  expect(text).toContain("target.endpoint=http\\://127.0.0.1\\:4568\n");
  expect(text).toContain("seed=42\n");
  expect(text).toContain("filter=s3.get-object.* mediastore\\=x\n");
  expect(text).toMatch(/^[\x20-\x7e\n]*$/);
});

import { mkdtempSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { expect, inject, test } from "vitest";
import { renderJunitXml, writeJunitXml } from "../../reports/junit/junit-xml.ts";
import type { Report } from "../../reports/report-types.ts";
import { ETAG_FINDING, ORDER_FINDING, RANGE_FINDING, SAMPLE_EXPECTATIONS, sampleReport } from "./sample-results.ts";

const TOO_LARGE = "mediastore-data.put-object.size-limits.too-large";

interface Testcase {
  "@_name": string;
  "@_classname": string;
  "@_time": string;
  properties: { property: { "@_name": string; "@_value": string }[] };
  failure?: { "@_message": string; "@_type": string; "#text": string };
  error?: { "@_message": string; "@_type": string; "#text": string };
  skipped?: { "@_message": string };
  "system-out"?: string;
}

interface Testsuite {
  "@_name": string;
  "@_tests": string;
  "@_failures": string;
  "@_errors": string;
  "@_skipped": string;
  testcase: Testcase[];
}

/** The document read back with fast-xml-parser, every case by name. */
function parsed(report: Report) {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseAttributeValue: false, parseTagValue: false, isArray: (name) => ["testsuite", "testcase", "property"].includes(name) });
  const document = parser.parse(renderJunitXml(report)) as { testsuites: Record<string, string> & { testsuite: Testsuite[] } };
  const cases = new Map(document.testsuites.testsuite.flatMap((suite) => suite.testcase.map((testcase) => [testcase["@_name"], testcase] as const)));
  return { root: document.testsuites, suites: document.testsuites.testsuite, cases };
}

function properties(testcase: Testcase): Record<string, string> {
  return Object.fromEntries(testcase.properties.property.map((property) => [property["@_name"], property["@_value"]]));
}

/** The sample, with the too-large case's skip listed in the expectations. */
function withExpectedSkip(): Report {
  return sampleReport(undefined, [], {
    expectations: { ...SAMPLE_EXPECTATIONS, cases: { ...SAMPLE_EXPECTATIONS.cases, [TOO_LARGE]: { status: "skipped", reason: "needs a 25 MB body", findings: [] } } },
  });
}

test("the XML parses back: one suite per protocol and operation, one test case per case named by id, counts that add up", () => {
  const report = sampleReport();
  const { root, suites, cases } = parsed(report);
  expect(suites.map((suite) => suite["@_name"])).toEqual(["mediastore-data.PutObject", "s3.GetObject", "s3.PutObject"]);
  expect([...cases.keys()].sort()).toEqual(report.cases.map((entry) => entry.id).sort());
  expect(cases.get("s3.get-object.range.past-end")!["@_classname"]).toBe("s3.GetObject");
  expect(root["@_tests"]).toBe(String(report.summary.total));
  const sum = (key: keyof Testsuite) => suites.reduce((total, suite) => total + Number(suite[key]), 0);
  expect(Number(root["@_failures"])).toBe(sum("@_failures"));
  expect(Number(root["@_errors"])).toBe(sum("@_errors"));
  expect(Number(root["@_skipped"])).toBe(sum("@_skipped"));
  for (const suite of suites) {
    expect(Number(suite["@_tests"])).toBe(suite.testcase.length);
    expect(Number(suite["@_failures"])).toBe(suite.testcase.filter((testcase) => testcase.failure).length);
  }
});

test("JUnit's failures and errors are exactly the unexpected cases", () => {
  const report = sampleReport();
  const { root, cases } = parsed(report);
  const failing = [...cases.values()].filter((testcase) => testcase.failure || testcase.error).map((testcase) => testcase["@_name"]);
  expect(failing.sort()).toEqual(report.cases.filter((entry) => !entry.asExpected).map((entry) => entry.id).sort());
  expect(Number(root["@_failures"]) + Number(root["@_errors"])).toBe(report.summary.unexpected);
});

test("a known finding is not a failure: it is in system-out as an expected finding", () => {
  const invalid = parsed(sampleReport()).cases.get("s3.get-object.range.invalid-range")!;
  expect(invalid.failure).toBeUndefined();
  expect(invalid.error).toBeUndefined();
  expect(invalid["system-out"]).toContain(`expected finding: [MUST] ${RANGE_FINDING.signature}`);
  expect(invalid["system-out"]).toContain("known because: answers 200 with the whole object");
  expect(properties(invalid)).toMatchObject({ outcome: "failed", "expected-outcome": "failed" });
});

test("a new finding is a failure naming it; a vanished one too; an unexpected errored case is an error", () => {
  const { cases } = parsed(sampleReport());
  const order = cases.get("s3.get-object.conditional.evaluation-order")!;
  expect(order.failure!["@_message"]).toBe(`outcome changed: failed, expected passed; new finding [MUST] ${ORDER_FINDING.signature}`);
  expect(order["system-out"]).toContain(`new finding: [MUST] ${ORDER_FINDING.signature}`);
  expect(order["system-out"]).toContain("replay: s3-conformance run --filter s3.get-object.conditional.evaluation-order --seed 42");

  const pastEnd = cases.get("s3.get-object.range.past-end")!;
  expect(pastEnd.failure!["@_message"]).toBe("vanished finding read.range.unsatisfiable error <ActualObjectSize>: value / absent");
  expect(pastEnd["system-out"]).toContain(`expected finding: [MUST] ${RANGE_FINDING.signature}`);

  const empty = cases.get("s3.put-object.body.empty")!;
  expect(empty.failure).toBeUndefined();
  expect(empty.error).toMatchObject({ "@_message": "outcome changed: errored, expected passed", "@_type": "errored" });
  expect(empty.error!["#text"]).toContain("errored: target unreachable: ECONNRESET");
});

test("unsupported, skipped and non-strict cases are told apart: by the skip message and the outcome property", () => {
  const { cases } = parsed(withExpectedSkip());
  const unsupported = cases.get("s3.put-object.sse-c.round-trip")!;
  expect(unsupported.skipped).toEqual({ "@_message": "unsupported: answers 501 NotImplemented" });
  expect(properties(unsupported)).toMatchObject({ outcome: "unsupported", "expected-outcome": "unsupported" });

  const skipped = cases.get(TOO_LARGE)!;
  expect(skipped.skipped).toEqual({ "@_message": "skipped: needs a 25 MB body" });
  expect(skipped.failure).toBeUndefined();
  expect(properties(skipped)).toMatchObject({ outcome: "skipped" });

  const nonStrict = cases.get("s3.get-object.conditional.not-modified-etag")!;
  expect(nonStrict.skipped).toBeUndefined();
  expect(nonStrict.failure).toBeUndefined();
  expect(properties(nonStrict)).toMatchObject({ outcome: "non-strict", "expected-outcome": "non-strict" });
  expect(nonStrict["system-out"]).toContain(`expected finding: [SHOULD] ${ETAG_FINDING.signature}`);

  // Without its expectation the skip is unexpected (the run exits 1): a failure, still saying it was skipped.
  const unexpected = parsed(sampleReport()).cases.get(TOO_LARGE)!;
  expect(unexpected.skipped).toBeUndefined();
  expect(unexpected.failure!["@_message"]).toBe("outcome changed: skipped, expected passed");
  expect(properties(unexpected)).toMatchObject({ outcome: "skipped", "expected-outcome": "passed" });
});

test("every test case carries the properties outcome, expected-outcome, requirement, feature and source", () => {
  const report = sampleReport();
  const { cases } = parsed(report);
  for (const entry of report.cases) {
    expect(properties(cases.get(entry.id)!)).toMatchObject({
      outcome: entry.status,
      "expected-outcome": entry.expected.status,
      requirement: entry.requirement,
      feature: entry.feature,
      source: entry.source,
    });
  }
});

test("the run's own errors are one more errored test case", () => {
  const { root, cases } = parsed(sampleReport(undefined, ["the target did not start: port taken"]));
  expect(cases.get("run errors")!.error).toMatchObject({ "@_message": "the target did not start: port taken", "@_type": "run-error" });
  expect(Number(root["@_tests"])).toBe(sampleReport().summary.total + 1);
});

test("markup and characters XML cannot hold are escaped; the file is written as junit.xml", () => {
  const report = sampleReport();
  const entry = report.cases.find((item) => item.id === "s3.get-object.conditional.evaluation-order")!;
  entry.findings[0]!.example = `GET key "a<b>&c" \u0001\u001f ' ]]> \ud800 end`;
  entry.title = "a <title> & \"quotes\"";
  const folder = mkdtempSync(join(inject("selfTmp"), "junit-"));
  const path = writeJunitXml(folder, report);
  expect(path).toBe(join(folder, "junit.xml"));
  const text = readFileSync(path, "utf8");
  expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
  expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  const testcase = parsed(report).cases.get(entry.id)!;
  expect(testcase["system-out"]).toContain(`GET key "a<b>&c" \\u0001\\u001f ' ]]> \\ud800 end`);
  expect(properties(testcase).title).toBe("a <title> & \"quotes\"");
});

import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { CASE_ID_PATTERN, PROTOCOLS, REQUIREMENTS } from "../../harness/case-meta.ts";
import { CASE_STATUSES } from "../../reports/case-statuses.ts";
import { REPORT_SCHEMA_ID } from "../../reports/report-types.ts";
import { validateReport } from "../../reports/validate-report.ts";
import { sampleReport } from "./sample-results.ts";

const schema = JSON.parse(readFileSync(new URL("../../reports/schema/report-v1.json", import.meta.url), "utf8"));

test("a built report validates, also after a JSON round trip", () => {
  const report = sampleReport(undefined, ["one run error"]);
  expect(validateReport(report)).toEqual([]);
  expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual([]);
});

test("a report without summary is refused with a message", () => {
  const { summary: _, ...withoutSummary } = sampleReport();
  expect(validateReport(withoutSummary)).toEqual(["report must have required property 'summary'"]);
});

test("a case with an unknown status is refused, naming the case", () => {
  const report = sampleReport();
  const broken = { ...report, cases: report.cases.map((entry, index) => (index === 0 ? { ...entry, status: "bogus" } : entry)) };
  const problems = validateReport(broken);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain(`report/cases/0/status (case "${report.cases[0]!.id}") must be equal to one of the allowed values`);
});

test("the summary takes no extra keys, while cases and the top level may grow", () => {
  const report = sampleReport();
  expect(validateReport({ ...report, summary: { ...report.summary, flaky: 0 } })).toEqual([
    `report/summary must NOT have additional properties: "flaky"`,
  ]);
  expect(validateReport({ ...report, attachments: [], cases: report.cases.map((entry) => ({ ...entry, retries: 0 })) })).toEqual([]);
});

test("a negative duration, a bad id and a non-object are refused", () => {
  const report = sampleReport();
  const [first] = report.cases;
  expect(validateReport({ ...report, cases: [{ ...first, durationMs: -1 }] })[0]).toMatch(/durationMs .* must be >= 0/);
  expect(validateReport({ ...report, cases: [{ ...first, id: "S3.Get" }] })[0]).toMatch(/\/id .* must match pattern/);
  expect(validateReport("report")).toEqual(["report must be object"]);
});

test("the schema's vocabularies are the code's", () => {
  expect(schema.properties.schema.const).toBe(REPORT_SCHEMA_ID);
  expect(schema.$defs.case.properties.id.pattern).toBe(CASE_ID_PATTERN.source);
  expect(schema.$defs.case.properties.protocol.enum).toEqual([...PROTOCOLS]);
  expect(schema.$defs.case.properties.requirement.enum).toEqual([...REQUIREMENTS]);
  expect(schema.$defs.status.enum).toEqual([...CASE_STATUSES]);
});

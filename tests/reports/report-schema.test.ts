import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { CASE_ID_PATTERN, PROTOCOLS, REQUIREMENTS } from "../../harness/case-meta.ts";
import { CASE_STATUSES } from "../../reports/case-statuses.ts";
import { REPORT_SCHEMA_ID } from "../../reports/report-types.ts";
import { validateReport } from "../../reports/validate-report.ts";
import { sampleReport } from "./sample-results.ts";

const schema = JSON.parse(readFileSync(new URL("../../reports/schema/report-v2.json", import.meta.url), "utf8"));

test("only the version 2 schema is shipped", () => {
  expect(existsSync(new URL("../../reports/schema/report-v1.json", import.meta.url))).toBe(false);
  expect(schema.$id).toMatch(/report-v2\.json$/);
});

test("a built report validates, also after a JSON round trip", () => {
  const report = sampleReport(undefined, ["one run error"]);
  // The sample exercises what the schema describes: findings of both weights, known and new, a vanished one, rules.
  expect(report.cases.some((entry) => entry.findings.some((finding) => finding.counterexample !== undefined && finding.replay !== undefined))).toBe(true);
  expect(report.cases.some((entry) => entry.vanished.length > 0)).toBe(true);
  expect(report.rules.length).toBeGreaterThan(0);
  expect(validateReport(report)).toEqual([]);
  expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual([]);
});

test("a report without summary is refused with a message", () => {
  const { summary: _, ...withoutSummary } = sampleReport();
  expect(validateReport(withoutSummary)).toEqual(["report must have required property 'summary'"]);
});

test("a report without rule coverage is refused", () => {
  const { rules: _, ...withoutRules } = sampleReport();
  expect(validateReport(withoutRules)).toEqual(["report must have required property 'rules'"]);
});

test("a case with an unknown status is refused, naming the case", () => {
  const report = sampleReport();
  const broken = { ...report, cases: report.cases.map((entry, index) => (index === 0 ? { ...entry, status: "bogus" } : entry)) };
  const problems = validateReport(broken);
  expect(problems).toHaveLength(1);
  expect(problems[0]).toContain(`report/cases/0/status (case "${report.cases[0]!.id}") must be equal to one of the allowed values`);
});

test("a finding without rule is refused, naming the case", () => {
  const report = sampleReport();
  const index = report.cases.findIndex((entry) => entry.findings.length > 0);
  const broken = {
    ...report,
    cases: report.cases.map((entry, at) => (at === index ? { ...entry, findings: entry.findings.map(({ rule: _, ...rest }) => rest) } : entry)),
  };
  expect(validateReport(broken)).toEqual([`report/cases/${index}/findings/0 (case "${report.cases[index]!.id}") must have required property 'rule'`]);
});

test("a finding without known, or with a requirement outside the vocabulary, is refused", () => {
  const report = sampleReport();
  const index = report.cases.findIndex((entry) => entry.findings.length > 0);
  const withFinding = (change: (finding: Record<string, unknown>) => Record<string, unknown>) => ({
    ...report,
    cases: report.cases.map((entry, at) => (at === index ? { ...entry, findings: entry.findings.map((finding) => change({ ...finding })) } : entry)),
  });
  expect(validateReport(withFinding(({ known: _, ...rest }) => rest))[0]).toMatch(/findings\/0 .* must have required property 'known'/);
  expect(validateReport(withFinding((finding) => ({ ...finding, requirement: "MUST NOT" })))[0]).toMatch(/findings\/0\/requirement .* must be equal to one of the allowed values: MUST, SHOULD, MAY/);
});

test("a case without vanished is refused; an expectation without findings too", () => {
  const report = sampleReport();
  const [first] = report.cases;
  const { vanished: _, ...withoutVanished } = first!;
  expect(validateReport({ ...report, cases: [withoutVanished] })).toEqual([`report/cases/0 (case "${first!.id}") must have required property 'vanished'`]);
  expect(validateReport({ ...report, cases: [{ ...first, expected: { status: "failed", reason: "r" } }] })).toEqual([
    `report/cases/0/expected (case "${first!.id}") must have required property 'findings'`,
  ]);
});

test("a rule coverage entry needs a dotted id and a known provenance", () => {
  const report = sampleReport();
  const [rule] = report.rules;
  expect(validateReport({ ...report, rules: [{ ...rule, id: "Range" }] })[0]).toMatch(/^report\/rules\/0\/id must match pattern/);
  expect(validateReport({ ...report, rules: [{ ...rule, provenance: { kind: "hearsay" } }] })).toContain("report/rules/0/provenance must match exactly one schema in oneOf");
});

test("the summary takes no extra keys, while cases and the top level may grow", () => {
  const report = sampleReport();
  expect(validateReport({ ...report, summary: { ...report.summary, flaky: 0 } })).toEqual([
    `report/summary must NOT have additional properties: "flaky"`,
  ]);
  expect(validateReport({ ...report, summary: { ...report.summary, findings: { ...report.summary.findings, "MUST NOT": 0 } } })).toEqual([
    `report/summary/findings must NOT have additional properties: "MUST NOT"`,
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
  expect(schema.$defs.requirement.enum).toEqual([...REQUIREMENTS]);
  expect(schema.$defs.case.properties.requirement).toEqual({ $ref: "#/$defs/requirement" });
  expect(schema.$defs.finding.properties.requirement).toEqual({ $ref: "#/$defs/requirement" });
  expect(Object.keys(schema.properties.summary.properties.findings.properties)).toEqual([...REQUIREMENTS]);
  expect(schema.$defs.status.enum).toEqual([...CASE_STATUSES]);
  // The summary counts every status.
  expect(schema.properties.summary.required).toEqual(expect.arrayContaining([...CASE_STATUSES]));
  expect([...schema.properties.summary.required].sort()).toEqual(Object.keys(sampleReport().summary).sort());
});

import { expect, test } from "vitest";
import { RULES } from "../../oracle/rules.ts";
import { loadAwsObservedRows } from "./aws-observed-rows.ts";

const rules = [...RULES.values()];
const rowIds = new Set(loadAwsObservedRows().map((row) => row.id));
/** Wording that claims what AWS does. */
const CLAIMS_AWS = /\b(AWS|S3|Amazon)\b[^.;]*\b(answers|returns|replies|responds|sends|accepts|refuses|rejects|serves|ignores|echoes)\b/i;

test("every rule has a stable dotted id, a one-line statement, a requirement and a provenance", () => {
  expect(rules.length).toBeGreaterThan(50);
  for (const rule of rules) {
    expect(rule.id, rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/);
    expect(rule.statement.trim(), rule.id).not.toBe("");
    expect(rule.statement, rule.id).not.toMatch(/[\r\n]/);
    expect(["MUST", "SHOULD", "MAY"], rule.id).toContain(rule.requirement);
  }
});

test("a recorded rule names rows that exist in ../shared/aws-observed", () => {
  const missing = rules.flatMap((rule) => (rule.provenance.kind === "aws-recorded" ? rule.provenance.rows.filter((row) => !rowIds.has(row)).map((row) => `${rule.id}: ${row}`) : []));
  expect(missing).toEqual([]);
  for (const rule of rules) if (rule.provenance.kind === "aws-recorded") expect(rule.provenance.rows.length, rule.id).toBeGreaterThan(0);
});

test("a documented rule cites an AWS documentation page", () => {
  for (const rule of rules) if (rule.provenance.kind === "aws-documented") expect(rule.provenance.url, rule.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
});

test("a rule without AWS provenance never claims what AWS answers, and an RFC rule names its RFC", () => {
  const claims = rules.filter((rule) => (rule.provenance.kind === "rfc" || rule.provenance.kind === "inferred") && CLAIMS_AWS.test(rule.statement)).map((rule) => `${rule.id}: ${rule.statement}`);
  expect(claims).toEqual([]);
  const unnamed = rules.filter((rule) => rule.provenance.kind === "rfc" && !rule.statement.includes(`RFC ${rule.provenance.rfc}`)).map((rule) => rule.id);
  expect(unnamed).toEqual([]);
});

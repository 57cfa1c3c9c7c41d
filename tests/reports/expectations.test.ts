import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, inject, test } from "vitest";
import {
  expectationFor,
  findingReason,
  loadExpectations,
  staleExpectations,
  updatedExpectations,
  writeExpectations,
} from "../../reports/expectations.ts";
import type { ExpectationsFile } from "../../reports/report-types.ts";
import { ETAG_FINDING, IF_MATCH_RULE, ORDER_FINDING, RANGE_FINDING, RANGE_RULE, SAMPLE_EXPECTATIONS, sampleFinding, sampleResult } from "./sample-results.ts";

const directory = mkdtempSync(join(inject("selfTmp"), "expectations-"));

function fileWith(name: string, text: string): string {
  const path = join(directory, name);
  writeFileSync(path, text);
  return path;
}

test("a written file loads back unchanged, with a trailing newline", () => {
  const path = join(directory, "round-trip.json");
  const file: ExpectationsFile = { ...SAMPLE_EXPECTATIONS, version: "3.7.1" };
  writeExpectations(path, file);
  expect(readFileSync(path, "utf8")).toMatch(/^\{\n {2}"target": "sample-store",\n[\s\S]*\}\n$/);
  expect(loadExpectations(path, { target: "sample-store" })).toEqual(file);
});

test("the file lists, per case, a status and its findings with their reasons, or a reason when there is no finding", () => {
  const cases = {
    "s3.get-object.range.invalid-range": {
      status: "failed",
      findings: [
        { signature: "read.range.unsatisfiable status: 416 InvalidRange / 200", reason: "answers 200 with the whole object" },
        { signature: "read.range.unsatisfiable header content-range: value / absent", reason: "no Content-Range either" },
      ],
    },
    "s3.get-object.conditional.not-modified-etag": {
      status: "non-strict",
      reason: "a case with findings may say more",
      findings: [{ signature: "read.not-modified.etag header etag: value / absent", reason: "a 304 without ETag" }],
    },
    "s3.put-object.sse-c.copy": { status: "unsupported", reason: "no SSE-C", findings: [] },
  };
  const path = fileWith("new-format.json", JSON.stringify({ target: "x", cases: { ...cases, "s3.put-object.sse-c.round-trip": { status: "unsupported", reason: "no SSE-C" } } }));
  // A case without findings loads with an empty list.
  expect(loadExpectations(path, { target: "x" }).cases).toEqual({ ...cases, "s3.put-object.sse-c.round-trip": { status: "unsupported", reason: "no SSE-C", findings: [] } });
  expect("reason" in loadExpectations(path, { target: "x" }).cases["s3.get-object.range.invalid-range"]!).toBe(false);
});

test("a missing file is every case passing only when optional", () => {
  const path = join(directory, "absent.json");
  expect(loadExpectations(path, { target: "minio", optional: true })).toEqual({ target: "minio", cases: {} });
  expect(() => loadExpectations(path, { target: "minio" })).toThrow(/^expectations file .*absent\.json: cannot be read/);
});

const entryOf = (entry: unknown) => JSON.stringify({ target: "x", cases: { "a.b.c.d": entry } });

test.each([
  ["bad JSON", "{ nope", /is not valid JSON/],
  ["no target", `{ "cases": {} }`, /"target" must be a non-empty string/],
  ["a version that is no string", `{ "target": "x", "version": 3, "cases": {} }`, /"version" must be a string$/],
  ["cases not an object", `{ "target": "x", "cases": [] }`, /"cases" must be an object/],
  ["a case that is no object", entryOf("failed"), /case "a\.b\.c\.d" must be an object with "status" and "findings" or "reason"$/],
  [
    "unknown status",
    entryOf({ status: "bogus", reason: "r" }),
    /case "a\.b\.c\.d" has status "bogus"; expected one of passed, non-strict, failed, unsupported, skipped, errored$/,
  ],
  ["no status", entryOf({ reason: "r" }), /case "a\.b\.c\.d" has status undefined; expected one of /],
  ["empty reason", entryOf({ status: "failed", reason: " " }), /case "a\.b\.c\.d" needs a non-empty "reason"$/],
  ["no reason and no findings", entryOf({ status: "unsupported" }), /case "a\.b\.c\.d" needs a non-empty "reason"$/],
  ["no reason and an empty finding list", entryOf({ status: "failed", findings: [] }), /case "a\.b\.c\.d" needs a non-empty "reason"$/],
  ["two-line reason", entryOf({ status: "failed", reason: "one\ntwo" }), /case "a\.b\.c\.d" has a reason of more than one line$/],
  ["findings not a list", entryOf({ status: "failed", findings: { signature: "s", reason: "r" } }), /case "a\.b\.c\.d": "findings" must be a list$/],
  ["a finding without signature", entryOf({ status: "failed", findings: [{ signature: "s", reason: "r" }, { reason: "r" }] }), /case "a\.b\.c\.d": finding 2 needs a "signature"$/],
  ["a finding that is a bare signature", entryOf({ status: "failed", findings: ["read.range.unsatisfiable status: 416 / 200"] }), /case "a\.b\.c\.d": finding 1 needs a "signature"$/],
  ["a finding without reason", entryOf({ status: "failed", findings: [{ signature: "rule status: 412 / 200" }] }), /case "a\.b\.c\.d", finding "rule status: 412 \/ 200" needs a non-empty "reason"$/],
  [
    "a finding with a two-line reason",
    entryOf({ status: "failed", findings: [{ signature: "rule status: 412 / 200", reason: "one\r\ntwo" }] }),
    /case "a\.b\.c\.d", finding "rule status: 412 \/ 200" has a reason of more than one line$/,
  ],
])("a file with %s is refused in one line naming the file", (name, text, problem) => {
  const path = fileWith(`${name.replaceAll(" ", "-")}.json`, text);
  let message = "";
  try {
    loadExpectations(path, { target: "x", optional: true });
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toMatch(problem);
  expect(message.startsWith(`expectations file ${path}: `)).toBe(true);
  expect(message).not.toContain("\n");
});

test("a case the file does not list is expected to pass, without findings", () => {
  expect(expectationFor(SAMPLE_EXPECTATIONS, "s3.put-object.sse-c.round-trip")).toEqual({ status: "unsupported", reason: "no SSE-C", findings: [] });
  expect(expectationFor(SAMPLE_EXPECTATIONS, "s3.get-object.range.invalid-range").findings).toEqual([
    { signature: RANGE_FINDING.signature, reason: "answers 200 with the whole object" },
  ]);
  expect(expectationFor(SAMPLE_EXPECTATIONS, "s3.get-object.range.other")).toEqual({ status: "passed", findings: [] });
  expect(expectationFor(SAMPLE_EXPECTATIONS, "toString")).toEqual({ status: "passed", findings: [] });
});

test("an update keeps reasons of unchanged statuses and drops cases that now pass", () => {
  const previous: ExpectationsFile = {
    target: "sample-store",
    version: "1.0.0",
    cases: {
      "s3.b.same.status": { status: "unsupported", reason: "a reason someone wrote", findings: [] },
      "s3.a.now.passes": { status: "failed", findings: [{ signature: RANGE_FINDING.signature, reason: "used to fail" }] },
      "s3.c.changed.status": { status: "unsupported", reason: "was unsupported", findings: [] },
      "s3.d.not.run": { status: "skipped", reason: "kept on a filtered run", findings: [] },
    },
  };
  const results = [
    sampleResult({ id: "s3.b.same.status", status: "unsupported", message: "a different message" }),
    sampleResult({ id: "s3.a.now.passes", status: "passed" }),
    sampleResult({ id: "s3.c.changed.status", status: "skipped", message: `\n  ${"x".repeat(300)}  \nmore` }),
    sampleResult({ id: "s3.e.new.failure", status: "errored" }),
  ];

  const filtered = updatedExpectations(previous, results, false);
  expect(filtered).toEqual({
    target: "sample-store",
    version: "1.0.0",
    cases: {
      "s3.b.same.status": { status: "unsupported", reason: "a reason someone wrote", findings: [] },
      "s3.c.changed.status": { status: "skipped", reason: "x".repeat(200), findings: [] },
      "s3.d.not.run": { status: "skipped", reason: "kept on a filtered run", findings: [] },
      "s3.e.new.failure": { status: "errored", reason: "observed errored", findings: [] },
    },
  });
  expect(Object.keys(filtered.cases)).toEqual(Object.keys(filtered.cases).sort());

  const full = updatedExpectations(previous, results, true);
  expect(Object.keys(full.cases)).toEqual(["s3.b.same.status", "s3.c.changed.status", "s3.e.new.failure"]);
});

test("an update writes each non-passed case with its findings, keeping a reason while the signature is unchanged", () => {
  // The same rule and field, another observed class: another signature, so a new reason.
  const was304 = sampleFinding(IF_MATCH_RULE, "status", "412 PreconditionFailed", "200");
  const previous: ExpectationsFile = {
    target: "sample-store",
    cases: {
      "s3.get-object.range.invalid-range": {
        status: "failed",
        findings: [
          { signature: RANGE_FINDING.signature, reason: "someone's words" },
          { signature: "read.range.unsatisfiable header content-range: value / absent", reason: "fixed since" },
        ],
      },
      "s3.get-object.conditional.evaluation-order": { status: "failed", findings: [{ signature: was304.signature, reason: "answered 200" }] },
      "s3.get-object.conditional.not-run": { status: "failed", findings: [{ signature: was304.signature, reason: "kept as written" }] },
    },
  };
  const results = [
    sampleResult({ id: "s3.get-object.range.invalid-range", status: "failed", message: "ignored: findings carry the reasons", findings: [RANGE_FINDING] }),
    sampleResult({ id: "s3.get-object.conditional.evaluation-order", status: "failed", findings: [ORDER_FINDING] }),
    sampleResult({ id: "s3.get-object.conditional.not-modified-etag", status: "non-strict", findings: [ETAG_FINDING] }),
    sampleResult({ id: "s3.get-object.range.suffix-range", status: "passed" }),
  ];

  const updated = updatedExpectations(previous, results, false);
  expect(updated).toEqual({
    target: "sample-store",
    cases: {
      "s3.get-object.conditional.evaluation-order": { status: "failed", findings: [{ signature: ORDER_FINDING.signature, reason: findingReason(ORDER_FINDING) }] },
      "s3.get-object.conditional.not-modified-etag": { status: "non-strict", findings: [{ signature: ETAG_FINDING.signature, reason: findingReason(ETAG_FINDING) }] },
      "s3.get-object.conditional.not-run": { status: "failed", findings: [{ signature: was304.signature, reason: "kept as written" }] },
      "s3.get-object.range.invalid-range": { status: "failed", findings: [{ signature: RANGE_FINDING.signature, reason: "someone's words" }] },
    },
  });
  // A case with findings needs no case reason: the findings carry them.
  for (const entry of Object.values(updated.cases)) expect("reason" in entry).toBe(false);
  expect(Object.keys(updatedExpectations(previous, results, true).cases)).not.toContain("s3.get-object.conditional.not-run");
});

test("a generated finding reason is one line naming the observed and expected classes, the rule's statement and source", () => {
  const reason = findingReason(RANGE_FINDING);
  expect(reason).toBe(
    `status: observed 200, expected 416 InvalidRange; ${RANGE_RULE.statement} (MUST, aws-observed get-range-unsatisfiable)`,
  );
  expect(findingReason(ETAG_FINDING)).toBe(
    "header etag: observed absent, expected value; RFC 9110: a 304 answer carries the ETag the 200 answer would have carried (SHOULD, RFC 9110 §15.4.5)",
  );
  // Values never enter it: the example (with the generated key, ETag, …) stays in the report.
  expect(findingReason(ORDER_FINDING)).not.toContain(ORDER_FINDING.example);

  const long = { ...RANGE_FINDING, statement: `a statement\nover two lines ${"y".repeat(500)}` };
  expect(findingReason(long)).not.toMatch(/[\r\n]/);
  expect(findingReason(long).length).toBeLessThanOrEqual(400);
});

test("an updated file loads back", () => {
  const path = join(directory, "updated.json");
  const updated = updatedExpectations(
    SAMPLE_EXPECTATIONS,
    [
      sampleResult({ id: "s3.x.y.z", status: "failed", message: "boom" }),
      sampleResult({ id: "s3.get-object.conditional.evaluation-order", status: "failed", findings: [ORDER_FINDING] }),
      sampleResult({ id: "s3.get-object.range.long-statement", status: "failed", findings: [{ ...RANGE_FINDING, statement: `over\ntwo lines ${"z".repeat(500)}` }] }),
    ],
    false,
  );
  writeExpectations(path, updated);
  expect(loadExpectations(path, { target: "sample-store" })).toEqual(updated);
});

test("stale entries are those no known case has", () => {
  const ids = Object.keys(SAMPLE_EXPECTATIONS.cases);
  expect(staleExpectations(SAMPLE_EXPECTATIONS, ids.filter((id) => id !== "s3.put-object.sse-c.round-trip"))).toEqual(["s3.put-object.sse-c.round-trip"]);
  expect(staleExpectations(SAMPLE_EXPECTATIONS, ids)).toEqual([]);
});

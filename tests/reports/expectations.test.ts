import { mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, inject, test } from "vitest";
import {
  expectationFor,
  loadExpectations,
  staleExpectations,
  updatedExpectations,
  writeExpectations,
} from "../../reports/expectations.ts";
import type { ExpectationsFile } from "../../reports/report-types.ts";
import { SAMPLE_EXPECTATIONS, sampleResult } from "./sample-results.ts";

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

test("a missing file is every case passing only when optional", () => {
  const path = join(directory, "absent.json");
  expect(loadExpectations(path, { target: "minio", optional: true })).toEqual({ target: "minio", cases: {} });
  expect(() => loadExpectations(path, { target: "minio" })).toThrow(/^expectations file .*absent\.json: cannot be read/);
});

test.each([
  ["bad JSON", "{ nope", /is not valid JSON/],
  ["no target", `{ "cases": {} }`, /"target" must be a non-empty string/],
  ["cases not an object", `{ "target": "x", "cases": [] }`, /"cases" must be an object/],
  [
    "unknown status",
    `{ "target": "x", "cases": { "a.b.c.d": { "status": "bogus", "reason": "r" } } }`,
    /case "a\.b\.c\.d" has status "bogus"; expected one of passed, failed, unsupported, skipped, errored$/,
  ],
  ["empty reason", `{ "target": "x", "cases": { "a.b.c.d": { "status": "failed", "reason": " " } } }`, /case "a\.b\.c\.d" needs a non-empty "reason"/],
  ["two-line reason", `{ "target": "x", "cases": { "a.b.c.d": { "status": "failed", "reason": "one\\ntwo" } } }`, /more than one line/],
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

test("a case the file does not list is expected to pass", () => {
  expect(expectationFor(SAMPLE_EXPECTATIONS, "s3.put-object.sse-c.round-trip")).toEqual({ status: "unsupported", reason: "no SSE-C" });
  expect(expectationFor(SAMPLE_EXPECTATIONS, "s3.get-object.range.other")).toEqual({ status: "passed", reason: "expected to pass" });
  expect(expectationFor(SAMPLE_EXPECTATIONS, "toString").status).toBe("passed");
});

test("an update keeps reasons of unchanged statuses and drops cases that now pass", () => {
  const previous: ExpectationsFile = {
    target: "sample-store",
    version: "1.0.0",
    cases: {
      "s3.b.same.status": { status: "failed", reason: "a reason someone wrote" },
      "s3.a.now.passes": { status: "failed", reason: "used to fail" },
      "s3.c.changed.status": { status: "unsupported", reason: "was unsupported" },
      "s3.d.not.run": { status: "skipped", reason: "kept on a filtered run" },
    },
  };
  const results = [
    sampleResult({ id: "s3.b.same.status", status: "failed", message: "a different message" }),
    sampleResult({ id: "s3.a.now.passes", status: "passed" }),
    sampleResult({ id: "s3.c.changed.status", status: "failed", message: `\n  ${"x".repeat(300)}  \nmore` }),
    sampleResult({ id: "s3.e.new.failure", status: "errored" }),
  ];

  const filtered = updatedExpectations(previous, results, false);
  expect(filtered).toEqual({
    target: "sample-store",
    version: "1.0.0",
    cases: {
      "s3.b.same.status": { status: "failed", reason: "a reason someone wrote" },
      "s3.c.changed.status": { status: "failed", reason: "x".repeat(200) },
      "s3.d.not.run": { status: "skipped", reason: "kept on a filtered run" },
      "s3.e.new.failure": { status: "errored", reason: "observed errored" },
    },
  });
  expect(Object.keys(filtered.cases)).toEqual(Object.keys(filtered.cases).sort());

  const full = updatedExpectations(previous, results, true);
  expect(Object.keys(full.cases)).toEqual(["s3.b.same.status", "s3.c.changed.status", "s3.e.new.failure"]);
});

test("an updated file loads back", () => {
  const path = join(directory, "updated.json");
  const updated = updatedExpectations(SAMPLE_EXPECTATIONS, [sampleResult({ id: "s3.x.y.z", status: "failed", message: "boom" })], false);
  writeExpectations(path, updated);
  expect(loadExpectations(path, { target: "sample-store" })).toEqual(updated);
});

test("stale entries are those no known case has", () => {
  expect(staleExpectations(SAMPLE_EXPECTATIONS, ["s3.get-object.range.invalid-range"])).toEqual(["s3.put-object.sse-c.round-trip"]);
  expect(staleExpectations(SAMPLE_EXPECTATIONS, Object.keys(SAMPLE_EXPECTATIONS.cases))).toEqual([]);
});

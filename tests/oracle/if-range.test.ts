import { expect, test } from "vitest";
import { formatHttpDate } from "../../oracle/http-date.ts";
import { decideRead, type ReadableObject, type ReadRequest } from "../../oracle/read/decide-read.ts";

const LAST_MODIFIED = Math.floor(Date.UTC(2026, 1, 21, 0, 20, 22) / 1000);
const OBJECT: ReadableObject = {
  key: "k",
  body: Buffer.from("0123456789abcdefghij"),
  headers: {},
  metadata: {},
  etag: '"8d777f385d3dfec8815d20f7496026dc"',
  lastModified: LAST_MODIFIED,
};
const at = (seconds: number) => formatHttpDate(seconds, "imf-fixdate");
const read = (headers: ReadRequest["headers"], method: ReadRequest["method"] = "GET") => decideRead(OBJECT, { method, headers, query: {} }, LAST_MODIFIED + 3);
const outline = (answer: ReturnType<typeof read>) => [answer.rule, answer.status, answer.body?.length, ...(answer.otherwise ?? []).map((other) => [other.rule, other.status, other.body?.length])];

test("a strong matching tag lets the Range apply, also an unsatisfiable one", () => {
  expect(outline(read({ range: "bytes=0-4", "if-range": OBJECT.etag }))).toEqual(["read.if-range.entity-tag-match", 206, 5]);
  expect(read({ range: "bytes=50-", "if-range": OBJECT.etag })).toMatchObject({ rule: "read.if-range.entity-tag-match", status: 416, code: "InvalidRange" });
});

test.each([
  ['"etag123"', "read.if-range.entity-tag-mismatch"],
  ['W/"8d777f385d3dfec8815d20f7496026dc"', "read.if-range.weak-entity-tag"],
  [at(LAST_MODIFIED - 1), "read.if-range.date-mismatch"],
  [at(LAST_MODIFIED + 1), "read.if-range.date-mismatch"],
  [formatHttpDate(LAST_MODIFIED, "rfc-850"), "read.if-range.date-mismatch"],
  ["yesterday", "read.if-range.not-a-validator"],
  ["*", "read.if-range.not-a-validator"],
])("If-Range %s makes the Range ignored: 200 with the whole object, an unsatisfiable Range too", (ifRange, rule) => {
  expect(outline(read({ range: "bytes=0-4", "if-range": ifRange }))).toEqual([rule, 200, 20]);
  expect(outline(read({ range: "bytes=50-", "if-range": ifRange }))).toEqual([rule, 200, 20]);
  expect(outline(read({ range: "bytes=0-4", "if-range": ifRange }, "HEAD"))).toEqual([rule, 200, 0]);
});

test("Last-Modified itself allows the range or the whole object", () => {
  expect(outline(read({ range: "bytes=0-4", "if-range": at(LAST_MODIFIED) }))).toEqual(["read.if-range.date-match", 206, 5, ["read.if-range.date-match", 200, 20]]);
});

test("If-Range without a Range is ignored, after the other preconditions", () => {
  expect(outline(read({ "if-range": '"etag123"' }))).toEqual(["read.if-range.without-range", 200, 20]);
  expect(read({ "if-match": '"etag123"', range: "bytes=0-4", "if-range": OBJECT.etag })).toMatchObject({ status: 412 });
  expect(read({ "if-none-match": OBJECT.etag, range: "bytes=0-4", "if-range": '"etag123"' })).toMatchObject({ status: 304 });
});

test("a Range the grammar lets a server ignore or reject allows 200 and 416", () => {
  expect(outline(read({ range: "bytes= 0-4" }))).toEqual(["read.range.invalid-specifier", 200, 20, ["read.range.invalid-specifier", 416, undefined]]);
});

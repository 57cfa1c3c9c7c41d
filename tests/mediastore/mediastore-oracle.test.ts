import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compareMediaStore } from "../../harness/expect-mediastore.ts";
import type { MediaStoreAnswer } from "../../transport/mediastore-request.ts";
import type { ExpectedMediaStoreAnswer } from "../../oracle/mediastore/expected-answer.ts";
import { isValidPath, MAX_PATH_LENGTH, pathViolation, STANDARD_UPLOAD_LIMIT, STREAMING_UPLOAD_LIMIT } from "../../oracle/mediastore/limits.ts";
import { MEDIASTORE_RULES } from "../../oracle/rules/mediastore-rules.ts";
import { CONTAINER_NOT_FOUND, decideDescribe, decideGet, decideInvalidPath, decideListPage, decideMaxResults, decidePathPut, decidePut, decideRangeGet, decideStreamingPut, decideUploadOfSize, DELETED, DESCRIBE_NOT_FOUND, EMPTY_FOLDERS_RULE, GONE_AFTER_DELETE, LISTING_RULE, MAX_RESULTS_RULE, NEXT_TOKEN_RULE, NOTHING_STORED, OBJECT_NOT_FOUND, PUT_STORED, READABLE_WHILE_UPLOADING, STREAMING_STORED, UNKNOWN_TOKEN_ANSWER } from "../../oracle/mediastore/decide-mediastore.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const STORED_OBJECT = { size: 10, sha256: sha256("0123456789"), etag: "abc123", contentType: "video/MP2T", cacheControl: "max-age=5" };
const slice = (first: number, last: number) => Buffer.from("0123456789").subarray(first, last + 1);

/** Every answer the MediaStore oracle decides, one of each branch. */
const ANSWERS: ExpectedMediaStoreAnswer[] = [
  decidePut(sha256("a")),
  PUT_STORED,
  decideStreamingPut(sha256("a")),
  decideUploadOfSize(STANDARD_UPLOAD_LIMIT, "standard", sha256("a")),
  decideUploadOfSize(STANDARD_UPLOAD_LIMIT + 1, "standard", sha256("a")),
  decideUploadOfSize(STREAMING_UPLOAD_LIMIT, "streaming", sha256("a")),
  decideUploadOfSize(STREAMING_UPLOAD_LIMIT + 1, "streaming", sha256("a")),
  NOTHING_STORED,
  decidePathPut("a/b.ts", sha256("a")),
  decidePathPut("a/b c.ts", sha256("a")),
  decidePathPut(Array.from({ length: 12 }, () => "f").join("/"), sha256("a")),
  decidePathPut(`a/${"x".repeat(MAX_PATH_LENGTH)}`, sha256("a")),
  decideInvalidPath("a/b!c"),
  decideGet(STORED_OBJECT),
  decideDescribe(STORED_OBJECT),
  decideRangeGet("bytes=2-4", 10, slice),
  decideRangeGet("bytes=10-", 10, slice),
  OBJECT_NOT_FOUND,
  DESCRIBE_NOT_FOUND,
  DELETED,
  GONE_AFTER_DELETE,
  CONTAINER_NOT_FOUND,
  decideListPage(),
  decideListPage(5),
  decideMaxResults(1),
  decideMaxResults(0),
  UNKNOWN_TOKEN_ANSWER,
  STREAMING_STORED,
  READABLE_WHILE_UPLOADING,
];
/** Rules the listing and deletion checks name outside an expected answer (in `failCheck`). */
const CHECK_RULES = [LISTING_RULE, MAX_RESULTS_RULE, NEXT_TOKEN_RULE, EMPTY_FOLDERS_RULE];

function rulesOf(answer: ExpectedMediaStoreAnswer): string[] {
  return [answer.rule, ...Object.values(answer.fieldRules ?? {})];
}

describe("MediaStore rules", () => {
  test("every expected answer names declared rules, and every declared rule is named", () => {
    const named = new Set([...ANSWERS.flatMap(rulesOf), ...CHECK_RULES]);
    const declared = new Set(Object.keys(MEDIASTORE_RULES));
    expect([...named].filter((rule) => !declared.has(rule))).toEqual([]);
    expect([...declared].filter((rule) => !named.has(rule))).toEqual([]);
  });

  test("field rules use the documented keys", () => {
    for (const key of ANSWERS.flatMap((answer) => Object.keys(answer.fieldRules ?? {}))) expect(key).toMatch(/^(json:[A-Za-z0-9]+|errorType|body|[a-z0-9-]+)$/);
  });

  test("each limit decides its own side: at the limit stored, one byte over refused", () => {
    expect(decideUploadOfSize(STANDARD_UPLOAD_LIMIT, "standard", "").rule).toBe("mediastore.size.standard-within-limit");
    expect(decideUploadOfSize(STANDARD_UPLOAD_LIMIT + 1, "standard", "")).toEqual({ rule: "mediastore.size.standard-over-limit", status: "4xx" });
    expect(decideUploadOfSize(STREAMING_UPLOAD_LIMIT + 1, "streaming", "")).toEqual({ rule: "mediastore.size.streaming-over-limit", status: "4xx" });
    expect(decidePut("").fieldRules?.["json:StorageClass"]).toBe("mediastore.put.storage-class-temporal");
  });

  test("MaxResults is taken from 1 to 1000 and refused outside, as the ListItems page gives its valid range", () => {
    const inRange = (value: number) => decideMaxResults(value).status === 200;
    expect([0, 1, 2, 999, 1000, 1001, -1].map(inRange)).toEqual([false, true, true, true, true, false, false]);
  });

  test("a path breaks a rule exactly when the API model's pattern and length refuse it", () => {
    const name = fc.string({ unit: fc.constantFrom("a", "Z", "0", "_", ".", "-", "~", " ", "!", "é", ""), minLength: 0, maxLength: 6 });
    const path = fc.oneof(
      fc.array(name, { minLength: 1, maxLength: 13 }).map((names) => names.join("/")),
      fc.integer({ min: 890, max: 910 }).map((length) => `f/${"x".repeat(length - 2)}`),
    );
    fc.assert(fc.property(path, (candidate) => (pathViolation(candidate) === undefined) === isValidPath(candidate)), { numRuns: 2000 });
  });
});

function answer(overrides: Partial<MediaStoreAnswer>): MediaStoreAnswer {
  const body = overrides.body ?? Buffer.alloc(0);
  return { status: 200, headers: {}, body, bodyLength: body.length, bodySha256: createHash("sha256").update(body).digest("hex"), ...overrides };
}

function classes(actual: MediaStoreAnswer, expected: ExpectedMediaStoreAnswer): string[] {
  return compareMediaStore(actual, expected).map((difference) => `${difference.rule} ${difference.field}: ${difference.expected} / ${difference.observed}`);
}

describe("MediaStore answer comparison", () => {
  test("a wrong status is the only difference, classed by status and error type, the 5xx body in the detail only", () => {
    const generated = "the-generated-path/0001.ts";
    const failed = answer({ status: 500, body: Buffer.from(`{"message":"cannot store ${generated}"}`), errorType: "InternalServerError", json: { StorageClass: "X" } });
    const differences = compareMediaStore(failed, decidePut(sha256("a")));
    expect(differences.map(({ rule, field, expected, observed }) => ({ rule, field, expected, observed }))).toEqual([
      { rule: "mediastore.put.stored", field: "status", expected: "200", observed: "500 InternalServerError" },
    ]);
    expect(differences[0]?.detail).toContain(generated);
    expect(classes(answer({ status: 413, errorType: "RequestEntityTooLargeException" }), decideUploadOfSize(STANDARD_UPLOAD_LIMIT, "standard", ""))).toEqual([
      "mediastore.size.standard-within-limit status: 200 / 413 RequestEntityTooLargeException",
    ]);
    expect(classes(answer({ status: 200 }), OBJECT_NOT_FOUND)).toEqual(["mediastore.not-found.object status: 404 ObjectNotFoundException / 200"]);
    expect(classes(answer({ status: 413 }), decideUploadOfSize(STANDARD_UPLOAD_LIMIT + 1, "standard", ""))).toEqual([]);
  });

  test("JSON members and the error type are judged by their own rules, in classes free of generated values", () => {
    const put = (body: string, json: Record<string, unknown>) => classes(answer({ json }), decidePut(sha256(body)));
    const wrong = (body: string) => put(body, { ContentSHA256: "0".repeat(64), ETag: "abc", StorageClass: undefined });
    expect(wrong("one")).toEqual(["mediastore.put.stored json ContentSHA256: value / other value", "mediastore.put.storage-class-temporal json StorageClass: value / absent"]);
    expect(wrong("two")).toEqual(wrong("one"));
    expect(put("one", { ContentSHA256: sha256("one"), ETag: "not hex", StorageClass: "TEMPORAL" })).toEqual([`mediastore.put.stored json ETag: matching ${String(/^"?[0-9A-Fa-f]{1,64}"?$/)} / not matching`]);
    expect(classes(answer({ status: 404, errorType: "NoSuchKey" }), GONE_AFTER_DELETE)).toEqual(["mediastore.not-found.object error type: ObjectNotFoundException / NoSuchKey"]);
  });

  test("the ETag header may come with or without quotes; the classes never hold the ETag", () => {
    const headers = { etag: '"abc123"', "last-modified": "Sun, 06 Nov 1994 08:49:37 GMT", "content-length": "10", "content-type": "video/MP2T", "cache-control": "max-age=5" };
    const body = Buffer.from("0123456789");
    expect(classes(answer({ headers, body }), decideGet(STORED_OBJECT))).toEqual([]);
    expect(classes(answer({ headers: { ...headers, etag: "abc123" }, body }), decideGet(STORED_OBJECT))).toEqual([]);
    expect(classes(answer({ headers: { ...headers, etag: "other" }, body }), decideGet(STORED_OBJECT))).toEqual(["mediastore.get.whole-object header etag: value / other value"]);
  });

  test("bodies differ as shorter, longer, empty or other bytes", () => {
    const headers = { etag: "abc123", "last-modified": "Sun, 06 Nov 1994 08:49:37 GMT", "content-length": "10", "content-type": "video/MP2T", "cache-control": "max-age=5" };
    const get = (text: string) => classes(answer({ headers, body: Buffer.from(text) }), decideGet(STORED_OBJECT));
    expect(get("01234")).toEqual(["mediastore.get.whole-object body: bytes / shorter"]);
    expect(get("0123456789ab")).toEqual(["mediastore.get.whole-object body: bytes / longer"]);
    expect(get("")).toEqual(["mediastore.get.whole-object body: bytes / empty"]);
    expect(get("9876543210")).toEqual(["mediastore.get.whole-object body: bytes / other bytes"]);
    const ranged = decideRangeGet("bytes=2-4", 10, slice);
    expect(classes(answer({ status: 206, headers: { "content-range": "bytes 2-4/10", "content-length": "3" }, body: Buffer.from("235") }), ranged)).toEqual(["mediastore.range.satisfiable body: bytes / other bytes"]);
  });
});

describe("answers that are not JSON", () => {
  const html = Buffer.from("<html><body>Not Found</body></html>");
  const htmlHeaders = { "content-type": "text/html; charset=utf-8" };

  test("an error page in HTML is a finding naming its content type, and ends the input", () => {
    expect(classes(answer({ status: 404, headers: htmlHeaders, body: html }), OBJECT_NOT_FOUND)).toEqual(["mediastore.not-found.object body: a JSON document / text/html"]);
    expect(classes(answer({ status: 404, headers: htmlHeaders, body: html }), DESCRIBE_NOT_FOUND)).toEqual([]);
  });

  test("a PutObject or ListItems answer that is not JSON is classed by its content type, a broken JSON document as such", () => {
    expect(classes(answer({ headers: htmlHeaders, body: html }), decidePut(sha256("a")))).toEqual(["mediastore.put.stored body: a JSON document / text/html"]);
    expect(classes(answer({ headers: { "content-type": "application/json" }, body: Buffer.from('{"Items": [') }), decideListPage())).toEqual([
      "mediastore.list.folders-and-objects body: a JSON document / application/json that does not parse",
    ]);
    expect(classes(answer({ headers: {}, body: Buffer.alloc(0) }), decideListPage())).toEqual(["mediastore.list.folders-and-objects body: a JSON document / empty"]);
    expect(classes(answer({ headers: { "content-type": "application/json" }, json: { Items: [] }, body: Buffer.from('{"Items":[]}') }), decideListPage())).toEqual([]);
  });
});

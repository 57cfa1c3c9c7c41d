import { expectAnswer } from "../../../harness/expect-answer.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { rangeProperty } from "../../../checks/s3/read/range-properties.ts";
import { rangeVariantProperty } from "../../../checks/s3/read/range-variant-properties.ts";
import { decideNoSuchKey } from "../../../oracle/read/decide-read.ts";

conformance(
  {
    id: "s3.get-object.range.satisfiable",
    protocol: "s3",
    operation: "GetObject",
    feature: "range",
    requirement: "MUST",
    source: "aws-observed:range-0-8",
    title: "GetObject with first-last, open-ended and suffix ranges answers 206 with the slice, Content-Range and Content-Length",
  },
  rangeProperty("GET", ["satisfiable"]),
);

conformance(
  {
    id: "s3.get-object.range.clamped-edges",
    protocol: "s3",
    operation: "GetObject",
    feature: "range",
    requirement: "MUST",
    source: "aws-observed:range-end-beyond-size-clamped",
    title: "GetObject clamps an end past the object and a suffix longer than it; first and last bytes are served exactly",
  },
  rangeProperty("GET", ["edge"]),
);

conformance(
  {
    id: "s3.get-object.range.ignored-forms",
    protocol: "s3",
    operation: "GetObject",
    feature: "range",
    requirement: "MUST",
    source: "aws-observed:range-multi",
    title: "GetObject ignores reversed, malformed, unit-less and multiple ranges and answers 200 with the whole object",
  },
  rangeProperty("GET", ["ignored"]),
);

conformance(
  {
    id: "s3.get-object.range.unsatisfiable",
    protocol: "s3",
    operation: "GetObject",
    feature: "range",
    requirement: "MUST",
    source: "aws-observed:range-start-beyond-size",
    title: "A range starting at or past the end (or bytes=-0) is 416 InvalidRange with RangeRequested and ActualObjectSize, also on empty objects",
  },
  rangeProperty("GET", ["unsatisfiable"]),
);

conformance(
  {
    id: "s3.get-object.range.missing-key-before-range",
    protocol: "s3",
    operation: "GetObject",
    feature: "range",
    requirement: "MUST",
    source: "aws-observed:range-on-missing-key",
    title: "A Range on a key that does not exist is 404 NoSuchKey, not 416",
  },
  async ({ s3, bucket }) => {
    const answer = await s3.send({ method: "GET", bucket, key: "my-key", headers: { range: "bytes=1024-4096" } });
    expectAnswer(answer, decideNoSuchKey("my-key", "GET"), "GET with a range of a missing key");
  },
);

conformance(
  {
    id: "s3.get-object.range.equivalent-forms",
    protocol: "s3",
    operation: "GetObject",
    feature: "range",
    requirement: "SHOULD",
    source: "rfc:9110#14.1.1",
    title: "GetObject serves Bytes= in any case, positions with leading zeros and range sets with empty elements or spaces around commas as the plain range",
  },
  rangeVariantProperty("GET", ["unit-case", "leading-zeros", "list-syntax"]),
);

conformance(
  {
    id: "s3.get-object.range.invalid-specifier",
    protocol: "s3",
    operation: "GetObject",
    feature: "range",
    requirement: "SHOULD",
    source: "rfc:9110#14.2",
    title: "GetObject ignores (200, the whole object) or rejects (416) a Range with whitespace around = or inside a range, or an empty range set",
  },
  rangeVariantProperty("GET", ["whitespace", "empty-set"]),
);

conformance(
  {
    id: "s3.get-object.range.unknown-unit",
    protocol: "s3",
    operation: "GetObject",
    feature: "range",
    requirement: "MUST",
    source: "rfc:9110#14.2",
    title: "GetObject ignores a Range in a unit other than bytes and answers 200 with the whole object",
  },
  rangeVariantProperty("GET", ["unknown-unit"]),
);

conformance(
  {
    id: "s3.get-object.range.overlapping",
    protocol: "s3",
    operation: "GetObject",
    feature: "range",
    requirement: "MUST",
    source: "aws-observed:range-multi",
    title: "GetObject ignores several ranges, overlapping ones too, and answers 200 with the whole object",
  },
  rangeVariantProperty("GET", ["overlapping"]),
);

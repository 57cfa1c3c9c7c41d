import { conformance } from "../../../fixtures/s3/test.ts";
import { rangeProperty } from "../../../checks/s3/read/range-properties.ts";
import { rangeVariantProperty } from "../../../checks/s3/read/range-variant-properties.ts";

conformance(
  {
    id: "s3.head-object.range.satisfiable",
    protocol: "s3",
    operation: "HeadObject",
    feature: "range",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "HeadObject with a satisfiable range answers the range's Content-Length and no body",
  },
  rangeProperty("HEAD", ["satisfiable", "edge"]),
);

conformance(
  {
    id: "s3.head-object.range.ignored-forms",
    protocol: "s3",
    operation: "HeadObject",
    feature: "range",
    requirement: "SHOULD",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "HeadObject ignores the range forms GetObject ignores and answers the whole object's headers",
  },
  rangeProperty("HEAD", ["ignored"]),
);

conformance(
  {
    id: "s3.head-object.range.unsatisfiable",
    protocol: "s3",
    operation: "HeadObject",
    feature: "range",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "HeadObject with an unsatisfiable range is 416 with no body",
  },
  rangeProperty("HEAD", ["unsatisfiable"]),
);

conformance(
  {
    id: "s3.head-object.range.equivalent-forms",
    protocol: "s3",
    operation: "HeadObject",
    feature: "range",
    requirement: "SHOULD",
    source: "rfc:9110#14.1.1",
    title: "HeadObject serves Bytes= in any case, positions with leading zeros and range sets with empty elements or spaces around commas as the plain range",
  },
  rangeVariantProperty("HEAD", ["unit-case", "leading-zeros", "list-syntax"]),
);

conformance(
  {
    id: "s3.head-object.range.invalid-specifier",
    protocol: "s3",
    operation: "HeadObject",
    feature: "range",
    requirement: "SHOULD",
    source: "rfc:9110#14.2",
    title: "HeadObject ignores (200, the whole object) or rejects (416) a Range with whitespace around = or inside a range, or an empty range set",
  },
  rangeVariantProperty("HEAD", ["whitespace", "empty-set"]),
);

conformance(
  {
    id: "s3.head-object.range.unknown-unit",
    protocol: "s3",
    operation: "HeadObject",
    feature: "range",
    requirement: "MUST",
    source: "rfc:9110#14.2",
    title: "HeadObject ignores a Range in a unit other than bytes and answers 200 with the whole object",
  },
  rangeVariantProperty("HEAD", ["unknown-unit"]),
);

conformance(
  {
    id: "s3.head-object.range.overlapping",
    protocol: "s3",
    operation: "HeadObject",
    feature: "range",
    requirement: "SHOULD",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "HeadObject ignores several ranges, overlapping ones too, and answers 200 with the whole object",
  },
  rangeVariantProperty("HEAD", ["overlapping"]),
);

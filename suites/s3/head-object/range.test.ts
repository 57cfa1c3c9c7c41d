import { conformance } from "../../../fixtures/test.ts";
import { rangeProperty } from "../shared/range-properties.ts";

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

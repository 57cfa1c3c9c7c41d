import { conformance } from "../../../fixtures/s3/test.ts";
import { combinationProperty, conditionsWithRangeProperty, singleConditionProperty } from "../../../checks/s3/read/conditional-properties.ts";

conformance(
  {
    id: "s3.head-object.conditional.if-match",
    protocol: "s3",
    operation: "HeadObject",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "HeadObject: If-Match (quoted, unquoted, *, lists; weak tags never match) decides 200 or 412 PreconditionFailed",
  },
  singleConditionProperty("HEAD", "if-match"),
);

conformance(
  {
    id: "s3.head-object.conditional.if-none-match",
    protocol: "s3",
    operation: "HeadObject",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-observed:head-cond-inm-unquoted-plus-ims",
    title: "HeadObject: If-None-Match (quoted, unquoted, weak, *, lists) decides 200 or 304 Not Modified",
  },
  singleConditionProperty("HEAD", "if-none-match"),
);

conformance(
  {
    id: "s3.head-object.conditional.if-modified-since",
    protocol: "s3",
    operation: "HeadObject",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-observed:head-cond-ims-equals-lastmodified",
    title: "HeadObject: If-Modified-Since in all three HTTP-date forms: 304 when not modified since (equal counts), ignored when malformed or in the future",
  },
  singleConditionProperty("HEAD", "if-modified-since"),
);

conformance(
  {
    id: "s3.head-object.conditional.if-unmodified-since",
    protocol: "s3",
    operation: "HeadObject",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-observed:head-cond-ius-equals-lastmodified",
    title: "HeadObject: If-Unmodified-Since in all three HTTP-date forms: 412 when modified since, holds when equal, ignored when malformed",
  },
  singleConditionProperty("HEAD", "if-unmodified-since"),
);

conformance(
  {
    id: "s3.head-object.conditional.combinations",
    protocol: "s3",
    operation: "HeadObject",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-observed:head-cond-all-four-false",
    title: "HeadObject: all 81 absent/true/false combinations of the four conditional headers, then generated variants, answer in the documented order",
  },
  combinationProperty("HEAD"),
);

conformance(
  {
    id: "s3.head-object.conditional.with-range",
    protocol: "s3",
    operation: "HeadObject",
    feature: "conditional",
    requirement: "SHOULD",
    source: "rfc:9110#13.2.2",
    title: "HeadObject: with a Range, a failed precondition (412, then 304) is answered before any range outcome",
  },
  conditionsWithRangeProperty("HEAD"),
);

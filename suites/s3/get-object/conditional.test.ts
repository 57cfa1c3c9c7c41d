import { expectAnswer } from "../../../harness/expect-answer.ts";
import { storeReadable } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { describeRead, sendRead } from "../../../fixtures/s3/send-read.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { combinationProperty, conditionsWithRangeProperty, singleConditionProperty } from "../../../checks/s3/read/conditional-properties.ts";
import { decideRead, type ReadRequest } from "../../../oracle/read/decide-read.ts";

conformance(
  {
    id: "s3.get-object.conditional.if-match",
    protocol: "s3",
    operation: "GetObject",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-observed:get-im-nomatch",
    title: "GetObject: If-Match (quoted, unquoted, *, lists; weak tags never match) decides 200 or 412 PreconditionFailed",
  },
  singleConditionProperty("GET", "if-match"),
);

conformance(
  {
    id: "s3.get-object.conditional.if-none-match",
    protocol: "s3",
    operation: "GetObject",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-observed:get-inm-quoted-match",
    title: "GetObject: If-None-Match (quoted, unquoted, weak, *, lists) decides 200 or 304 Not Modified",
  },
  singleConditionProperty("GET", "if-none-match"),
);

conformance(
  {
    id: "s3.get-object.conditional.if-modified-since",
    protocol: "s3",
    operation: "GetObject",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-observed:get-cond-ims-equals-lastmodified",
    title: "GetObject: If-Modified-Since in all three HTTP-date forms: 304 when not modified since (equal counts), ignored when malformed or in the future",
  },
  singleConditionProperty("GET", "if-modified-since"),
);

conformance(
  {
    id: "s3.get-object.conditional.if-unmodified-since",
    protocol: "s3",
    operation: "GetObject",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-observed:get-cond-ius-equals-lastmodified",
    title: "GetObject: If-Unmodified-Since in all three HTTP-date forms: 412 when modified since, holds when equal, ignored when malformed",
  },
  singleConditionProperty("GET", "if-unmodified-since"),
);

conformance(
  {
    id: "s3.get-object.conditional.combinations",
    protocol: "s3",
    operation: "GetObject",
    feature: "conditional",
    requirement: "MUST",
    source: "aws-observed:get-cond-all-four-false",
    title: "GetObject: all 81 absent/true/false combinations of the four conditional headers, then generated variants, answer in the documented order",
  },
  combinationProperty("GET"),
);

conformance(
  {
    id: "s3.get-object.conditional.with-range",
    protocol: "s3",
    operation: "GetObject",
    feature: "conditional",
    requirement: "SHOULD",
    source: "rfc:9110#13.2.2",
    title: "GetObject: with a Range, a failed precondition (412, then 304) is answered before any range outcome",
  },
  conditionsWithRangeProperty("GET"),
);

conformance(
  {
    id: "s3.get-object.conditional.not-modified-etag",
    protocol: "s3",
    operation: "GetObject",
    feature: "conditional",
    requirement: "SHOULD",
    source: "rfc:9110#15.4.5",
    title: "A 304 Not Modified carries the ETag a 200 would have carried, and no body",
  },
  async ({ s3, bucket }) => {
    const object = await storeReadable(s3, bucket, { key: "etag-on-304", body: Buffer.from("data"), headers: {}, metadata: {} });
    const request: ReadRequest = { method: "GET", headers: { "if-none-match": object.etag }, query: {} };
    expectAnswer(await sendRead(s3, bucket, object.key, request), decideRead(object, request, nowSeconds()), describeRead(request));
  },
);

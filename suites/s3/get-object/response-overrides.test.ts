import { expectAnswer } from "../../../harness/expect-answer.ts";
import { storeReadable } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { describeRead, sendRead } from "../../../fixtures/s3/send-read.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { overridesProperty } from "../../../checks/s3/read/read-properties.ts";
import { decideRead, type ReadRequest } from "../../../oracle/read/decide-read.ts";

conformance(
  {
    id: "s3.get-object.response-overrides.replace-headers",
    protocol: "s3",
    operation: "GetObject",
    feature: "response-overrides",
    requirement: "MUST",
    source: "aws-observed:get-response-overrides",
    title: "The response-* parameters replace Content-Type, Content-Language, Expires, Cache-Control, Content-Disposition and Content-Encoding verbatim",
  },
  overridesProperty("GET"),
);

conformance(
  {
    id: "s3.get-object.response-overrides.non-latin1-rejected",
    protocol: "s3",
    operation: "GetObject",
    feature: "response-overrides",
    requirement: "SHOULD",
    source: "aws-observed:get-response-override-non-latin1",
    title: "An override value with characters outside ISO-8859-1 is 400 InvalidArgument naming the parameter",
  },
  async ({ s3, bucket }) => {
    const object = await storeReadable(s3, bucket, { key: "override-object", body: Buffer.from("something"), headers: {}, metadata: {} });
    const request: ReadRequest = { method: "GET", headers: {}, query: { "response-cache-control": "non-ascii-\u2014-\u00e9" } };
    expectAnswer(await sendRead(s3, bucket, object.key, request), decideRead(object, request, nowSeconds()), describeRead(request));
  },
);

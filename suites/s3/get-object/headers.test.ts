import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject, putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { storedObject } from "../../../generators/stored-object.ts";
import { decideSetUpPut } from "../../../oracle/put/decide-put.ts";
import { decideReadBack } from "../../../oracle/read/decide-read.ts";

conformance(
  {
    id: "s3.get-object.headers.stored-object",
    protocol: "s3",
    operation: "GetObject",
    feature: "headers",
    requirement: "MUST",
    source: "aws-observed:get-response-headers",
    title: "GetObject answers the body, ETag, Content-Length, Accept-Ranges, Last-Modified and every stored header",
  },
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [storedObject({ key: { withSlashes: false, maxBytes: 200 } })], async (object) => {
      expectAnswer(await putObject(s3, bucket, object), decideSetUpPut(), "PUT");
      expectAnswer(await getObject(s3, bucket, object.key), decideReadBack(object, "GET"), "GET");
    });
  },
);

conformance(
  {
    id: "s3.get-object.headers.default-content-type",
    protocol: "s3",
    operation: "GetObject",
    feature: "headers",
    requirement: "SHOULD",
    source: "aws-observed:get-response-headers",
    title: "An object stored without Content-Type is served as binary/octet-stream, with no other stored header invented",
  },
  async ({ s3, bucket }) => {
    const object = { key: "no-content-type", body: Buffer.from("abc123"), headers: {}, metadata: {} };
    expectAnswer(await putObject(s3, bucket, object), decideSetUpPut(), "PUT without Content-Type");
    expectAnswer(await getObject(s3, bucket, object.key), decideReadBack(object, "GET"), "GET");
  },
);

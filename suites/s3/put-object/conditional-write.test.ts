import fc from "fast-check";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject, plainObject, putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { objectBody } from "../../../generators/object-body.ts";
import { ANY_WRITE_CONDITIONS, anyConditionHeaders } from "../../../checks/s3/model/commands/write-condition.ts";
import { singlePartEtag } from "../../../oracle/entity-tags.ts";
import { decidePut, decideSetUpPut, decideWriteConditions } from "../../../oracle/put/decide-put.ts";
import { decideNoSuchKey, decideReadBack } from "../../../oracle/read/decide-read.ts";

const PREVIOUS = Buffer.from("the version already there");

conformance(
  {
    id: "s3.put-object.conditional-write.if-match-and-if-none-match",
    protocol: "s3",
    operation: "PutObject",
    feature: "conditional-write",
    requirement: "MUST",
    source: "aws-observed:put-inm-star-exists",
    title:
      "If-None-Match: * on an existing key and If-Match with another ETag are 412, If-Match on an absent key is 404 NoSuchKey, the forms S3 does not implement are 501 NotImplemented, and a refused PutObject stores nothing",
  },
  async ({ run, s3, bucket }) => {
    let written = 0;
    const input = fc.record({ exists: fc.boolean(), condition: fc.constantFrom(...ANY_WRITE_CONDITIONS), body: objectBody({ maxSize: 4096 }) });
    // Every condition against an absent and an existing key first, every run.
    const examples = ANY_WRITE_CONDITIONS.flatMap((condition) => [false, true].map((exists) => [{ exists, condition, body: Buffer.from("new") }]));
    await checkProperty({ run }, [input], async ({ exists, condition, body }) => {
      // A key of its own per input, so no input sees what another wrote.
      const key = `conditional-${(written += 1)}`;
      let current: { etag: string } | undefined;
      if (exists) {
        const previous = await putObject(s3, bucket, plainObject(key, PREVIOUS));
        expectAnswer(previous, decideSetUpPut(), "set-up PUT of the version already there");
        current = { etag: previous.headers.etag ?? singlePartEtag(PREVIOUS) };
      }
      const headers = anyConditionHeaders(condition, current?.etag);
      const refusal = decideWriteConditions(current, headers, key);
      const answer = await putObject(s3, bucket, plainObject(key, body), headers);
      expectAnswer(answer, refusal ?? decidePut(body), `PUT ${exists ? "over an existing key" : "to an absent key"} with ${JSON.stringify(headers)}`);
      const expected = !refusal ? decideReadBack(plainObject(key, body), "GET") : exists ? decideReadBack(plainObject(key, PREVIOUS), "GET") : decideNoSuchKey(key, "GET");
      expectAnswer(await getObject(s3, bucket, key), expected, `GET after the ${refusal ? "refused" : "conditional"} PUT`);
    }, { examples, maxRuns: 40 });
  },
);

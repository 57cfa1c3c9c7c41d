import { describeKey } from "../../../fixtures/s3/describe-key.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { plainObject, putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { objectBody } from "../../../generators/object-body.ts";
import { objectKey } from "../../../generators/object-key.ts";
import { decidePut } from "../../../oracle/put/decide-put.ts";

conformance(
  {
    id: "s3.put-object.etag.quoted-md5",
    protocol: "s3",
    operation: "PutObject",
    feature: "etag",
    requirement: "MUST",
    source: "aws-observed:put-response-headers",
    title: "PutObject answers 200 with the quoted hex MD5 of the body as ETag and no body",
  },
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [objectKey({ withSlashes: false }), objectBody()], async (key, body) => {
      const answer = await putObject(s3, bucket, plainObject(key, body));
      expectAnswer(answer, decidePut(body), `PUT ${describeKey(key)}`);
    });
  },
);


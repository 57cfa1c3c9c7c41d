import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject, plainObject, putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { bodyOfSize } from "../../../generators/body-of-size.ts";
import { objectBody } from "../../../generators/object-body.ts";
import { decidePut } from "../../../oracle/put/decide-put.ts";
import { decideReadBack } from "../../../oracle/read/decide-read.ts";

const PUT_OBJECT_DOCS = "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html";
const KEY = "body-object";

conformance(
  {
    id: "s3.put-object.body.round-trip",
    protocol: "s3",
    operation: "PutObject",
    feature: "body",
    requirement: "MUST",
    source: PUT_OBJECT_DOCS,
    title: "Bodies of 0, 1 and up to 64 KiB bytes are stored and read back byte for byte",
  },
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [objectBody()], async (body) => {
      const object = plainObject(KEY, body);
      expectAnswer(await putObject(s3, bucket, object), decidePut(body), `PUT of ${body.length} bytes`);
      expectAnswer(await getObject(s3, bucket, KEY), decideReadBack(object, "GET"), `GET of ${body.length} bytes`);
    });
  },
);

conformance(
  {
    id: "s3.put-object.body.sixteen-mib",
    protocol: "s3",
    operation: "PutObject",
    feature: "body",
    requirement: "MUST",
    source: PUT_OBJECT_DOCS,
    title: "A body of 16 MiB and one byte is stored and read back byte for byte in one PutObject",
  },
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [bodyOfSize(16 * 1024 * 1024 + 1)], async (body) => {
      const object = plainObject(KEY, body);
      expectAnswer(await putObject(s3, bucket, object), decidePut(body), "PUT of 16 MiB + 1");
      expectAnswer(await getObject(s3, bucket, KEY), decideReadBack(object, "GET"), "GET of 16 MiB + 1");
    }, { maxRuns: 1 });
  },
);

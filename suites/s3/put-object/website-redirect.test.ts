import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { headObject, putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { websiteRedirectLocation } from "../../../generators/website-redirect-location.ts";
import { decidePut } from "../../../oracle/put/decide-put.ts";
import { decideReadBack } from "../../../oracle/read/decide-read.ts";

conformance(
  {
    id: "s3.put-object.website-redirect.stored",
    protocol: "s3",
    operation: "PutObject",
    feature: "website-redirect",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html",
    title: "x-amz-website-redirect-location (a /path or an http(s) URL) is stored and given back",
  },
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [websiteRedirectLocation()], async (location) => {
      const object = { key: "redirect", body: Buffer.from("r"), headers: { "x-amz-website-redirect-location": location }, metadata: {} };
      expectAnswer(await putObject(s3, bucket, object), decidePut(object.body), "PUT with a website redirect");
      expectAnswer(await headObject(s3, bucket, object.key), decideReadBack(object, "HEAD"), "HEAD");
    }, { maxRuns: 20 });
  },
);


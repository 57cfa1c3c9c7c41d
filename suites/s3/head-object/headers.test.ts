import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject, headObject, putObject } from "../../../fixtures/s3-operations.ts";
import { ConformanceFailure } from "../../../harness/outcome.ts";
import { conformance } from "../../../fixtures/test.ts";
import { storedObject } from "../../../generators/storedObject.ts";
import { expectedHeadAnswer } from "../../../oracle/object-answer.ts";
import { STORED_HEADER_NAMES } from "../../../oracle/stored-object.ts";

/** Headers that describe the object, and so must be the same on HEAD and GET. */
const OBJECT_HEADERS = ["etag", "content-length", "last-modified", "accept-ranges", ...STORED_HEADER_NAMES];

conformance(
  {
    id: "s3.head-object.headers.same-as-get",
    protocol: "s3",
    operation: "HeadObject",
    feature: "headers",
    requirement: "MUST",
    source: "aws-observed:head-response-fields",
    title: "HeadObject answers the headers GetObject would, and no body",
  },
  async ({ run, task, s3, bucket }) => {
    await checkProperty({ run, task, s3 }, [storedObject({ key: { withSlashes: false, maxBytes: 200 } })], async (object) => {
      expectAnswer(await putObject(s3, bucket, object), { status: 200 }, "PUT");
      const head = await headObject(s3, bucket, object.key);
      expectAnswer(head, expectedHeadAnswer(object), "HEAD");
      const get = await getObject(s3, bucket, object.key);
      const names = [...OBJECT_HEADERS, ...Object.keys(object.metadata).map((name) => `x-amz-meta-${name}`)];
      const differing = names.filter((name) => head.headers[name] !== get.headers[name]);
      if (differing.length > 0) {
        const detail = differing.map((name) => `${name}: HEAD ${JSON.stringify(head.headers[name])}, GET ${JSON.stringify(get.headers[name])}`);
        throw new ConformanceFailure(`HEAD and GET disagree: ${detail.join("; ")}`);
      }
    });
  },
);

import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject, headObject, putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { storedObject } from "../../../generators/stored-object.ts";
import type { HeaderRule } from "../../../oracle/expected-answer.ts";
import type { ReadRuleId } from "../../../oracle/rules/read-rules.ts";
import { STORED_HEADER_NAMES } from "../../../oracle/stored-object.ts";
import { decideSetUpPut } from "../../../oracle/put/decide-put.ts";
import { decideReadBack } from "../../../oracle/read/decide-read.ts";

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
  async ({ run, s3, bucket }) => {
    await checkProperty({ run }, [storedObject({ key: { withSlashes: false, maxBytes: 200 } })], async (object) => {
      expectAnswer(await putObject(s3, bucket, object), decideSetUpPut(), "PUT");
      const head = await headObject(s3, bucket, object.key);
      expectAnswer(head, decideReadBack(object, "HEAD"), "HEAD");
      // Whatever the target answered for the object, HEAD's headers must be GET's.
      const get = await getObject(s3, bucket, object.key);
      const names = [...OBJECT_HEADERS, ...Object.keys(object.metadata).map((name) => `x-amz-meta-${name}`)];
      const headers: Record<string, HeaderRule> = Object.fromEntries(names.map((name) => [name, get.headers[name] ?? null]));
      const rule: ReadRuleId = "read.head.same-as-get";
      expectAnswer(head, { rule, status: head.status, headers }, "HEAD against the GET of the same object");
    });
  },
);

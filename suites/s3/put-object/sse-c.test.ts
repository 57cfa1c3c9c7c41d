import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { requireSseC } from "../../../fixtures/s3/sse/sse-requirements.ts";
import { targetSseWorld } from "../../../fixtures/s3/sse/target-sse-world.ts";
import { conformance, type CaseContext } from "../../../fixtures/s3/test.ts";
import { objectBody } from "../../../generators/object-body.ts";
import { sseCHeaderFault, type SseCFault } from "../../../generators/sse-c-header-fault.ts";
import { sseCustomerKey } from "../../../generators/sse-customer-key.ts";
import type { ExpectedAnswer } from "../../../oracle/expected-answer.ts";
import { customerKeyHeaders } from "../../../oracle/sse/customer-key-request.ts";
import { withHeaderRulesOnly, withoutHeaderRules } from "../../../oracle/answer-filters.ts";
import { decideNoSuchKey } from "../../../oracle/read/decide-read.ts";
import { decideSsePut } from "../../../oracle/sse/decide-sse.ts";

const SSE_C_DOCS = "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html";

/** PUTs of generated bodies with a valid key; the answer, as far as `rules` go, must be the oracle's. */
async function validKeyProperty(context: CaseContext, rules: (answer: ExpectedAnswer) => ExpectedAnswer): Promise<void> {
  requireSseC(context.target);
  const { s3, bucket, target } = context;
  await checkProperty(context, [sseCustomerKey(), objectBody({ maxSize: 4096 })], async (key, body) => {
    const headers = customerKeyHeaders(key);
    const { answer } = decideSsePut(targetSseWorld(target), headers, body);
    expectAnswer(await s3.send({ method: "PUT", bucket, key: "encrypted", headers, body }), rules(answer), `PUT of ${body.length} bytes with an SSE-C key`);
  }, { maxRuns: 15 });
}

/** PUTs with SSE-C headers carrying one of `faults`: refused as the oracle says, and nothing stored. */
async function faultProperty(context: CaseContext, faults: readonly SseCFault[]): Promise<void> {
  requireSseC(context.target);
  const { s3, bucket, target } = context;
  const body = Buffer.from("never stored");
  await checkProperty(context, [sseCHeaderFault({ faults })], async ({ fault, headers }) => {
    const { answer } = decideSsePut(targetSseWorld(target), headers, body);
    expectAnswer(await s3.send({ method: "PUT", bucket, key: "refused", headers, body }), answer, `PUT with SSE-C headers (${fault})`);
    expectAnswer(await s3.send({ method: "HEAD", bucket, key: "refused" }), decideNoSuchKey("refused", "HEAD"), `HEAD after the PUT with SSE-C headers (${fault})`);
  }, { maxRuns: 15 });
}

conformance(
  {
    id: "s3.put-object.sse-c.echo",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:put-ssec-valid",
    title: "PutObject with a valid SSE-C key answers 200 echoing the algorithm and the key-MD5, without x-amz-server-side-encryption and never the key",
    requires: ["sse-c"],
  },
  (context) => validKeyProperty(context, (answer) => withoutHeaderRules(answer, ["etag"])),
);

conformance(
  {
    id: "s3.put-object.sse-c.etag-not-md5",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-c",
    requirement: "SHOULD",
    source: "aws-observed:put-ssec-valid",
    title: "The ETag of an SSE-C PutObject is a quoted 32-hex digest that is not the MD5 of the plaintext",
    requires: ["sse-c"],
  },
  (context) => validKeyProperty(context, (answer) => withHeaderRulesOnly(answer, ["etag"])),
);

conformance(
  {
    id: "s3.put-object.sse-c.key-md5-mismatch",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:put-ssec-key-md5-mismatch",
    title: "PutObject whose key-MD5 is another key's is 400 InvalidArgument naming x-amz-server-side-encryption, and stores nothing",
    requires: ["sse-c"],
  },
  (context) => faultProperty(context, ["other-key-md5"]),
);

conformance(
  {
    id: "s3.put-object.sse-c.wrong-key-length",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:put-ssec-key-10-bytes",
    title: "PutObject with an SSE-C key of 0, 16, 31, 33 or 44 bytes (and its own key-MD5) is 400 InvalidArgument, and stores nothing",
    requires: ["sse-c"],
  },
  (context) => faultProperty(context, ["wrong-length-key"]),
);

conformance(
  {
    id: "s3.put-object.sse-c.missing-header",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:put-ssec-missing-key",
    title: "PutObject with SSE-C headers lacking the algorithm, the key or the key-MD5 is 400 InvalidArgument, and stores nothing",
    requires: ["sse-c"],
  },
  (context) => faultProperty(context, ["missing-algorithm", "missing-key", "missing-key-md5"]),
);

conformance(
  {
    id: "s3.put-object.sse-c.other-algorithm",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:put-ssec-wrong-algorithm",
    title: "PutObject with an SSE-C algorithm other than AES256 is 400 InvalidEncryptionAlgorithmError naming the value, and stores nothing",
    requires: ["sse-c"],
  },
  (context) => faultProperty(context, ["other-algorithm"]),
);

conformance(
  {
    id: "s3.put-object.sse-c.with-sse-header",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-c",
    requirement: "MUST",
    source: "aws-observed:put-ssec-plus-sse-header",
    title: "PutObject with SSE-C headers and x-amz-server-side-encryption (AES256 or aws:kms) is 400 InvalidArgument naming that header and its value",
    requires: ["sse-c"],
  },
  (context) => faultProperty(context, ["with-sse-header"]),
);

conformance(
  {
    id: "s3.put-object.sse-c.malformed-key",
    protocol: "s3",
    operation: "PutObject",
    feature: "sse-c",
    requirement: "MUST",
    source: SSE_C_DOCS,
    title: "PutObject with an SSE-C key that is not base64 is 400 InvalidArgument, and stores nothing",
    requires: ["sse-c"],
  },
  (context) => faultProperty(context, ["malformed-key"]),
);

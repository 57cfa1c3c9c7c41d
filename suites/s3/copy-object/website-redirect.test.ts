import fc from "fast-check";
import { copyObject, copySource } from "../../../fixtures/s3/copy-operations.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { headObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { websiteRedirectLocation } from "../../../generators/website-redirect-location.ts";
import { copyWorld, storeSource } from "../../../checks/s3/copy/store-source.ts";
import { withoutEncryptionEcho } from "../../../oracle/answer-filters.ts";
import { decideCopy, decideCopyReadBack } from "../../../oracle/copy/decide-copy.ts";

/** Every presence of a stored and a sent redirect under both directives, sent first on every run. */
const REDIRECT_EXAMPLES = [undefined, "/stored"].flatMap((stored) =>
  [undefined, "https://example.com/sent"].flatMap((sent) => ["COPY", "REPLACE"].map((directive) => [[stored, sent, directive]])),
);

conformance(
  {
    id: "s3.copy-object.website-redirect.never-copied",
    protocol: "s3",
    operation: "CopyObject",
    feature: "website-redirect",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html",
    title: "The copy's x-amz-website-redirect-location is the one sent with the copy, under COPY or REPLACE; the source's is never copied",
  },
  async (context) => {
    const { s3, bucket } = context;
    const redirect = fc.option(websiteRedirectLocation(), { nil: undefined });
    const input = fc.tuple(redirect, redirect, fc.constantFrom("COPY", "REPLACE"));
    await checkProperty(context, [input], async ([stored, sent, directive]) => {
      const headers = stored === undefined ? {} : { "x-amz-website-redirect-location": stored };
      const source = await storeSource(context, { key: "source", body: Buffer.from("redirecting"), headers, metadata: {} });
      const request: Record<string, string> = { "x-amz-copy-source": copySource(bucket, "source"), "x-amz-metadata-directive": directive };
      if (sent !== undefined) request["x-amz-website-redirect-location"] = sent;
      const outcome = decideCopy(copyWorld(source), { bucket, key: "copy", headers: request });
      expectAnswer(await copyObject(s3, bucket, "copy", request), withoutEncryptionEcho(outcome.answer), `CopyObject (${directive}) of a source redirecting to ${stored ?? "nothing"}, sending ${sent ?? "no redirect"}`);
      if (outcome.stored) expectAnswer(await headObject(s3, bucket, "copy"), withoutEncryptionEcho(decideCopyReadBack(outcome.stored, "HEAD", request)), "HEAD of the copy");
    }, { maxRuns: 20, examples: REDIRECT_EXAMPLES });
  },
);

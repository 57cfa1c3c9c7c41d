import fc from "fast-check";
import { copyObject, copySource } from "../../../fixtures/s3/copy-operations.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { headObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance, type CaseContext } from "../../../fixtures/s3/test.ts";
import { bodyOfSize } from "../../../generators/body-of-size.ts";
import { storedHeaders } from "../../../generators/stored-headers.ts";
import { userMetadata } from "../../../generators/user-metadata.ts";
import { putHeaders } from "../../../oracle/stored-object.ts";
import { copyWorld, storeSource } from "../../../checks/s3/copy/store-source.ts";
import { withoutEncryptionEcho } from "../../../oracle/answer-filters.ts";
import { decideCopy, decideCopyReadBack } from "../../../oracle/copy/decide-copy.ts";

/** Copies a generated source to a new key with the directive and generated request headers; the copy's answer and what HEAD then shows must be the oracle's. */
function directiveProperty(directive: "COPY" | "REPLACE" | undefined) {
  return async (context: CaseContext): Promise<void> => {
    const { s3, bucket } = context;
    const state = fc.record({ headers: storedHeaders(), metadata: userMetadata({ maxEntries: 4 }) });
    const input = fc.tuple(state, state, fc.nat(0xffff));
    await checkProperty(context, [input], async ([source, requested, seed]) => {
      const body = fc.sample(bodyOfSize(64), { seed, numRuns: 1 })[0] ?? Buffer.alloc(64);
      const stored = await storeSource(context, { key: "source", body, ...source });
      const headers: Record<string, string> = { "x-amz-copy-source": copySource(bucket, "source"), ...putHeaders(requested) };
      if (directive) headers["x-amz-metadata-directive"] = directive;
      const outcome = decideCopy(copyWorld(stored), { bucket, key: "destination", headers });
      expectAnswer(await copyObject(s3, bucket, "destination", headers), withoutEncryptionEcho(outcome.answer), `CopyObject with directive ${directive ?? "(default)"}`);
      if (outcome.stored) expectAnswer(await headObject(s3, bucket, "destination"), withoutEncryptionEcho(decideCopyReadBack(outcome.stored, "HEAD", headers)), "HEAD of the copy");
    }, { maxRuns: 40 });
  };
}

conformance(
  {
    id: "s3.copy-object.metadata-directive.copy-keeps-source",
    protocol: "s3",
    operation: "CopyObject",
    feature: "metadata-directive",
    requirement: "MUST",
    source: "aws-observed:copy-directive-copy-ignores-headers",
    title: "With MetadataDirective COPY (or none) the copy keeps the source's metadata and Content-* headers and ignores those in the request",
  },
  async (context) => {
    await directiveProperty("COPY")(context);
    await directiveProperty(undefined)(context);
  },
);

conformance(
  {
    id: "s3.copy-object.metadata-directive.replace-uses-request",
    protocol: "s3",
    operation: "CopyObject",
    feature: "metadata-directive",
    requirement: "MUST",
    source: "aws-observed:copy-directive-replace",
    title: "With MetadataDirective REPLACE the copy has exactly the request's metadata and headers (Content-Type falls back to binary/octet-stream)",
  },
  directiveProperty("REPLACE"),
);

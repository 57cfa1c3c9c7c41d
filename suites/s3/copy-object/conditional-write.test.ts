import fc from "fast-check";
import { copyObject, copySource } from "../../../fixtures/s3/copy-operations.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject, plainObject, putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { ANY_WRITE_CONDITIONS, anyConditionHeaders } from "../../../checks/s3/model/commands/write-condition.ts";
import { copyWorld, storeSource } from "../../../checks/s3/copy/store-source.ts";
import { withoutEncryptionEcho } from "../../../oracle/answer-filters.ts";
import { decideCopy, decideCopyReadBack } from "../../../oracle/copy/decide-copy.ts";
import { singlePartEtag } from "../../../oracle/entity-tags.ts";
import { decideSetUpPut } from "../../../oracle/put/decide-put.ts";
import { decideNoSuchKey, decideReadBack } from "../../../oracle/read/decide-read.ts";

const PREVIOUS = Buffer.from("the destination already there");

conformance(
  {
    id: "s3.copy-object.conditional-write.destination-conditions",
    protocol: "s3",
    operation: "CopyObject",
    feature: "conditional-write",
    requirement: "MUST",
    source: "aws-observed:copy-dest-inm-star-exists",
    title:
      "If-Match and If-None-Match on CopyObject test the destination as on PutObject: 412 for If-None-Match: * on an existing key or another ETag in If-Match, 404 NoSuchKey for If-Match on an absent key, 501 for the forms S3 does not implement; a refused copy writes nothing",
  },
  async (context) => {
    const { s3, bucket } = context;
    const source = await storeSource(context, plainObject("source", Buffer.from("source content")));
    let written = 0;
    const input = fc.record({ exists: fc.boolean(), condition: fc.constantFrom(...ANY_WRITE_CONDITIONS) });
    const examples = ANY_WRITE_CONDITIONS.flatMap((condition) => [false, true].map((exists) => [{ exists, condition }]));
    await checkProperty(context, [input], async ({ exists, condition }) => {
      // A destination of its own per input, so no input sees what another wrote.
      const key = `destination-${(written += 1)}`;
      let destination: { etag: string } | "absent" = "absent";
      if (exists) {
        const previous = await putObject(s3, bucket, plainObject(key, PREVIOUS));
        expectAnswer(previous, decideSetUpPut(), "set-up PUT of the destination already there");
        destination = { etag: previous.headers.etag ?? singlePartEtag(PREVIOUS) };
      }
      const headers = { "x-amz-copy-source": copySource(bucket, "source"), ...anyConditionHeaders(condition, destination === "absent" ? undefined : destination.etag) };
      const outcome = decideCopy(copyWorld(source, destination), { bucket, key, headers });
      const what = `CopyObject ${exists ? "over an existing key" : "to an absent key"} with ${JSON.stringify(headers)}`;
      expectAnswer(await copyObject(s3, bucket, key, headers), withoutEncryptionEcho(outcome.answer), what);
      const expected = outcome.stored
        ? decideCopyReadBack(outcome.stored, "GET", headers)
        : exists
          ? decideReadBack(plainObject(key, PREVIOUS), "GET")
          : decideNoSuchKey(key, "GET");
      expectAnswer(await getObject(s3, bucket, key), withoutEncryptionEcho(expected), `GET of the destination after the ${outcome.stored ? "copy" : "refused copy"}`);
    }, { examples, maxRuns: 30 });
  },
);

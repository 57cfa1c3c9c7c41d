import { enableVersioning } from "../../../fixtures/bucket-versioning.ts";
import { copyObject, copySource, withoutEncryptionEcho } from "../../../fixtures/copy-operations.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { getObject } from "../../../fixtures/s3-operations.ts";
import { conformance } from "../../../fixtures/test.ts";
import { decideCopy } from "../../../oracle/copy-object.ts";
import { expectedGetAnswer } from "../../../oracle/object-answer.ts";
import { nowSeconds } from "../shared/read-request.ts";
import { PLAIN_BUCKET, storeSource } from "./shared.ts";

conformance(
  {
    id: "s3.copy-object.copy-source.version-id",
    protocol: "s3",
    operation: "CopyObject",
    feature: "copy-source",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html",
    title: "x-amz-copy-source with ?versionId= copies that older version, and the answer names it in x-amz-copy-source-version-id",
  },
  async (context) => {
    const { s3, bucket } = context;
    await enableVersioning(s3, bucket);
    const older = await storeSource(context, { key: "source", body: Buffer.from("the older version"), headers: { "content-type": "text/plain" }, metadata: { version: "1" } });
    const olderHead = await s3.send({ method: "HEAD", bucket, key: "source" });
    const versionId = olderHead.headers["x-amz-version-id"];
    expectAnswer(olderHead, { status: 200, headers: { "x-amz-version-id": /\S/ } }, "HEAD of the first version in a versioned bucket");
    await storeSource(context, { key: "source", body: Buffer.from("the newer version"), headers: {}, metadata: { version: "2" } });

    const headers = { "x-amz-copy-source": `${copySource(bucket, "source")}?versionId=${encodeURIComponent(versionId ?? "")}` };
    const world = { source: older, destination: "absent" as const, bucket: { ...PLAIN_BUCKET, versioning: "enabled" as const }, now: nowSeconds() };
    const outcome = decideCopy(world, { bucket, key: "copy", headers });
    expectAnswer(await copyObject(s3, bucket, "copy", headers), withoutEncryptionEcho(outcome.answer), `CopyObject of version ${versionId}`);
    if (outcome.stored) expectAnswer(await getObject(s3, bucket, "copy"), withoutEncryptionEcho(expectedGetAnswer(outcome.stored)), "GET of the copy");
  },
);

import fc from "fast-check";
import { bucketOwnerId, enableAcls } from "../../../fixtures/s3/bucket-acl.ts";
import { copyObject, copySource } from "../../../fixtures/s3/copy-operations.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { PLAIN_BUCKET, storeSource } from "../../../checks/s3/copy/store-source.ts";
import { withoutEncryptionEcho } from "../../../oracle/answer-filters.ts";
import { decideCopy, decideCopyReadBack } from "../../../oracle/copy/decide-copy.ts";

/** Canned ACLs that grant nobody outside the account, so Block Public Access has no say. */
const PRIVATE_CANNED_ACLS = ["private", "bucket-owner-read", "bucket-owner-full-control"] as const;
const GRANT_HEADERS = ["x-amz-grant-read", "x-amz-grant-read-acp", "x-amz-grant-write-acp", "x-amz-grant-full-control"] as const;

conformance(
  {
    id: "s3.copy-object.acl.canned-and-grants-accepted",
    protocol: "s3",
    operation: "CopyObject",
    feature: "acl",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html",
    title: "On a bucket that takes ACLs, CopyObject with a canned x-amz-acl or x-amz-grant-* naming the owner is accepted and copies the object",
  },
  async (context) => {
    const { s3, bucket } = context;
    await enableAcls(s3, bucket);
    const owner = await bucketOwnerId(s3, bucket);
    const source = await storeSource(context, { key: "source", body: Buffer.from("with an acl"), headers: { "content-type": "text/plain" }, metadata: { acl: "yes" } });
    const acl = fc.oneof(
      fc.constantFrom(...PRIVATE_CANNED_ACLS).map((canned) => ({ "x-amz-acl": canned })),
      fc.subarray([...GRANT_HEADERS], { minLength: 1 }).map((names) => Object.fromEntries(names.map((name) => [name, `id="${owner}"`]))),
    );
    await checkProperty(context, [acl], async (aclHeaders) => {
      const headers = { "x-amz-copy-source": copySource(bucket, "source"), ...aclHeaders };
      const world = { source, destination: "absent" as const, bucket: { ...PLAIN_BUCKET, acls: "enabled" as const }, now: nowSeconds() };
      const outcome = decideCopy(world, { bucket, key: "copy", headers });
      expectAnswer(await copyObject(s3, bucket, "copy", headers), withoutEncryptionEcho(outcome.answer), `CopyObject with ${JSON.stringify(aclHeaders)}`);
      if (outcome.stored) expectAnswer(await getObject(s3, bucket, "copy"), withoutEncryptionEcho(decideCopyReadBack(outcome.stored, "GET", headers)), "GET of the copy");
    }, { maxRuns: 10 });
  },
);

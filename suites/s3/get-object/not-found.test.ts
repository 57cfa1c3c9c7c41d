import { enableVersioning } from "../../../fixtures/s3/bucket-versioning.ts";
import { describeAnswer } from "../../../transport/answer.ts";
import { getObject, plainObject, putObject, storeReadable } from "../../../fixtures/s3/s3-operations.ts";
import type { S3Session } from "../../../transport/s3-session.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { failCheck } from "../../../harness/check-scope.ts";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import type { ReadRuleId } from "../../../oracle/rules/read-rules.ts";
import { describeRead, sendRead } from "../../../fixtures/s3/send-read.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import { decideSetUpPut } from "../../../oracle/put/decide-put.ts";
import { decideDeleteMarkerRead, decideNoSuchBucket, decideNoSuchKey, decideRead, type DeleteMarker, type ReadRequest } from "../../../oracle/read/decide-read.ts";

conformance(
  {
    id: "s3.get-object.not-found.no-such-key",
    protocol: "s3",
    operation: "GetObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-observed:get-no-such-key-case-sensitive",
    title: "GetObject of a key that differs only in case from a stored one is 404 NoSuchKey naming the key",
  },
  async ({ s3, bucket }) => {
    expectAnswer(await putObject(s3, bucket, plainObject("camelCaseKey", Buffer.from("x"))), decideSetUpPut(), "PUT camelCaseKey");
    expectAnswer(await getObject(s3, bucket, "camelcasekey"), decideNoSuchKey("camelcasekey", "GET"), "GET camelcasekey");
  },
);

conformance(
  {
    id: "s3.get-object.not-found.no-such-bucket",
    protocol: "s3",
    operation: "GetObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-observed:get-no-such-bucket",
    title: "GetObject in a bucket that does not exist is 404 NoSuchBucket naming the bucket",
  },
  async ({ s3, bucket }) => {
    const missing = `${bucket}-missing`;
    expectAnswer(await getObject(s3, missing, "foobar"), decideNoSuchBucket(missing, "GET"), "GET in a missing bucket");
  },
);

conformance(
  {
    id: "s3.get-object.not-found.unknown-version-id",
    protocol: "s3",
    operation: "GetObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-observed:get-bogus-version-id-unversioned",
    title: "GetObject with a versionId in a bucket never versioned is 400 InvalidArgument naming versionId, not 404",
  },
  async ({ s3, bucket }) => {
    const object = await storeReadable(s3, bucket, plainObject("unversioned", Buffer.from("one version only")));
    const request: ReadRequest = { method: "GET", headers: {}, query: { versionId: "HPniJFCxqTsMuIH9KX8K8wEjNUgmABCD" } };
    expectAnswer(await sendRead(s3, bucket, object.key, request), decideRead(object, request, nowSeconds()), describeRead(request));
  },
);

/**
 * Turns versioning on, writes `key` and deletes it, which puts a delete marker over it; returns the
 * marker as DeleteObject named it. A DELETE that names no marker ends the case with a finding of DeleteObject.
 */
async function deleteBehindMarker(s3: S3Session, bucket: string, key: string): Promise<DeleteMarker> {
  await enableVersioning(s3, bucket);
  expectAnswer(await putObject(s3, bucket, plainObject(key, Buffer.from("deleted later"))), decideSetUpPut(), "PUT in a versioned bucket");
  const deleted = await s3.send({ method: "DELETE", bucket, key });
  const rule: ReadRuleId = "delete.versioned.creates-marker";
  expectAnswer(deleted, { rule, status: 204, headers: { "x-amz-delete-marker": "true" } }, "DELETE in a versioned bucket");
  const versionId = deleted.headers["x-amz-version-id"];
  if (!versionId) {
    failCheck({ rule, field: "header x-amz-version-id", expected: "value", observed: "absent", detail: `DELETE in a versioned bucket answered ${describeAnswer(deleted)} without the delete marker's x-amz-version-id` });
  }
  return { key, versionId };
}

conformance(
  {
    id: "s3.get-object.not-found.current-delete-marker",
    protocol: "s3",
    operation: "GetObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-observed:get-current-is-delete-marker",
    title: "GetObject of a key whose current version is a delete marker is 404 NoSuchKey with x-amz-delete-marker: true and the marker's x-amz-version-id",
  },
  async ({ s3, bucket }) => {
    const marker = await deleteBehindMarker(s3, bucket, "deleted");
    const request: ReadRequest = { method: "GET", headers: {}, query: {} };
    expectAnswer(await getObject(s3, bucket, marker.key), decideDeleteMarkerRead(marker, request), "GET of the deleted key");
  },
);

conformance(
  {
    id: "s3.get-object.not-found.delete-marker-version-id",
    protocol: "s3",
    operation: "GetObject",
    feature: "not-found",
    requirement: "MUST",
    source: "aws-observed:get-version-id-is-delete-marker",
    title: "GetObject naming a delete marker by its versionId is 405 MethodNotAllowed with Allow: DELETE",
  },
  async ({ s3, bucket }) => {
    const marker = await deleteBehindMarker(s3, bucket, "deleted");
    const request: ReadRequest = { method: "GET", headers: {}, query: { versionId: marker.versionId } };
    expectAnswer(await sendRead(s3, bucket, marker.key, request), decideDeleteMarkerRead(marker, request), describeRead(request));
  },
);

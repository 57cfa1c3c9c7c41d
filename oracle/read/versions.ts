import type { ExpectedAnswer } from "../expected-answer.ts";
import type { ReadRequest } from "./read-request.ts";
import type { ReadRuleId } from "../rules/read-rules.ts";

/** A key in a bucket with versioning enabled whose current version is a delete marker. */
export interface DeleteMarker {
  key: string;
  /** The marker's own version id. */
  versionId: string;
}

export type VersionOutcome = { result: "object" } | { result: "invalid"; argumentValue: string; rule: ReadRuleId };

/**
 * Which version a read's versionId selects in a bucket that was never versioned. None, or `null`
 * (the id of every object there), selects the object (get-obj-with-null-version, in the notes of
 * get-bogus-version-id-unversioned). Any other id is 400 InvalidArgument, not 404 (get-bogus-version-id-unversioned).
 */
export function resolveVersionId(versionId: string | undefined): VersionOutcome {
  if (versionId === undefined || versionId === "null") return { result: "object" };
  return { result: "invalid", argumentValue: versionId, rule: "read.version-id.invalid" };
}

/**
 * A GetObject of a key whose current version is a delete marker. Without versionId the key reads as
 * deleted: 404 NoSuchKey with the marker's headers (aws-observed get-current-is-delete-marker). The
 * marker's own id is 405 MethodNotAllowed with Allow: DELETE (get-version-id-is-delete-marker).
 * HEAD was not recorded, nor another versionId (a version this model does not hold).
 */
export function decideDeleteMarkerRead(marker: DeleteMarker, request: ReadRequest): ExpectedAnswer {
  if (request.method === "HEAD") throw new Error("undecided: HeadObject of a delete marker is not recorded");
  const headers = { "x-amz-delete-marker": "true", "x-amz-version-id": marker.versionId };
  const versionId = request.query.versionId;
  if (versionId === undefined) {
    const rule: ReadRuleId = "read.delete-marker.current";
    return { rule, status: 404, code: "NoSuchKey", errorFields: { Key: marker.key }, headers };
  }
  if (versionId !== marker.versionId) throw new Error(`undecided: versionId ${versionId} is not the delete marker's ${marker.versionId}`);
  const rule: ReadRuleId = "read.delete-marker.by-version-id";
  return { rule, status: 405, code: "MethodNotAllowed", errorFields: { Method: "GET", ResourceType: "DeleteMarker" }, headers: { ...headers, allow: "DELETE" } };
}

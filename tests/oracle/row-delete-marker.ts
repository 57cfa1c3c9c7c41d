import type { AwsObservedRow } from "./aws-observed-rows.ts";
import { rowRequest } from "./row-request.ts";
import type { DeleteMarker } from "../../oracle/read/decide-read.ts";

const VERSIONED_BUCKET = "versioning Enabled";
/** The marker's id is masked in the recording; any id will do. */
const CURRENT_MARKER = /^one version, then DeleteObject \(delete marker is current\)$/;
/** The marker's id is the row's placeholder: `delete marker exists with version id DM`. */
const NAMED_MARKER = /^delete marker exists with version id (\S+)$/;
const STAND_IN_MARKER_ID = "recorded-delete-marker-id";

/**
 * The delete marker that is the current version of the key a read row asks for, or undefined when
 * the bucket is not versioned. Refuses any other state of a versioned bucket.
 */
export function deleteMarkerBefore(row: AwsObservedRow): DeleteMarker | undefined {
  if (row.setup.bucket !== VERSIONED_BUCKET) return undefined;
  const { object } = row.setup;
  const { key } = rowRequest(row);
  if (typeof object === "string" && CURRENT_MARKER.test(object)) return { key, versionId: STAND_IN_MARKER_ID };
  const named = typeof object === "string" ? NAMED_MARKER.exec(object)?.[1] : undefined;
  if (named !== undefined) return { key, versionId: named };
  throw new Error(`${row.id}: ${JSON.stringify(object)} in a versioned bucket is not modelled`);
}

import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { bodyTextOf } from "../recorded-text.ts";
import { REQUEST_TIME } from "../row-clock.ts";
import type { CopyBucket, CopySourceState, CopyWorld } from "../../../oracle/copy/decide-copy.ts";
import { singlePartEtag } from "../../../oracle/entity-tags.ts";

/** New buckets take no ACLs; the one row sending an ACL says its bucket does. */
const PLAIN: CopyBucket = { versioning: "never", defaultEncryption: "implicit", acls: "disabled" };
const BUCKETS: Record<string, CopyBucket> = {
  exists: PLAIN,
  "ACLs enabled": { ...PLAIN, acls: "enabled" },
  "versioning Enabled": { ...PLAIN, versioning: "enabled" },
  "PutBucketEncryption AES256, BucketKeyEnabled=false (explicit config)": { ...PLAIN, defaultEncryption: "explicit" },
};
/** Destinations that hold nothing the copy's conditions can see; an in-place copy's destination is its source. */
const NOTHING = [undefined, "absent", "current version is a delete marker", "same key as source"];
/** A destination whose bytes are not recorded: any ETag will do. */
const STAND_IN_DESTINATION = Buffer.from("recorded destination");
/** `exists (body "initial content")` */
const EXISTING_BODY = /^exists \((?:body )?(".*")\)$/;

/** The world of a CopyObject row: its source, destination, bucket and clock. */
export function copyWorldOf(row: AwsObservedRow, source: CopySourceState): CopyWorld {
  const { bucket, destination } = row.setup;
  const config = bucket === undefined ? PLAIN : BUCKETS[String(bucket)];
  if (!config) throw new Error(`${row.id}: bucket ${JSON.stringify(bucket)} is not understood`);
  return { source, destination: destinationOf(row, destination), bucket: config, now: REQUEST_TIME };
}

function destinationOf(row: AwsObservedRow, destination: unknown): CopyWorld["destination"] {
  if (NOTHING.includes(destination as string | undefined)) return "absent";
  if (destination === "exists") return { etag: singlePartEtag(STAND_IN_DESTINATION) };
  const body = EXISTING_BODY.exec(String(destination))?.[1];
  if (body !== undefined) return { etag: singlePartEtag(Buffer.from(bodyTextOf(body))) };
  throw new Error(`${row.id}: destination ${JSON.stringify(destination)} is not understood`);
}

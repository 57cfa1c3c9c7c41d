import type { CaseContext } from "../../../fixtures/s3/test.ts";
import { storeReadable } from "../../../fixtures/s3/s3-operations.ts";
import type { CopySourceObject } from "../../../oracle/copy/copy-source.ts";
import type { ObjectState } from "../../../oracle/stored-object.ts";
import { nowSeconds } from "../../../harness/clock.ts";
import type { CopyBucket, CopyWorld } from "../../../oracle/copy/decide-copy.ts";

/** A bucket as the suite creates it: never versioned, default encryption only, ACLs off. */
export const PLAIN_BUCKET: CopyBucket = { versioning: "never", defaultEncryption: "implicit", acls: "disabled" };

/** Writes a source object (with any extra PutObject headers) and returns it as the copy oracle sees it. */
export async function storeSource({ s3, bucket }: Pick<CaseContext, "s3" | "bucket">, object: ObjectState, extra: Record<string, string> = {}): Promise<CopySourceObject> {
  return { ...(await storeReadable(s3, bucket, object, extra)), encryption: "AES256" };
}

export function copyWorld(source: CopyWorld["source"], destination: CopyWorld["destination"] = "absent"): CopyWorld {
  return { source, destination, bucket: PLAIN_BUCKET, now: nowSeconds() };
}

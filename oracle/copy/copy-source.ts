import type { ServerSideEncryption } from "./copy-encryption.ts";
import type { ReadableObject } from "../read/decide-read.ts";

/** The object a copy reads, and how it is encrypted (its storage class decides nothing). */
export type CopySourceObject = ReadableObject & { encryption: ServerSideEncryption };

/**
 * What `x-amz-copy-source` names: the object, or why there is none. `no-such-key` also covers a key
 * whose current version is a delete marker (copy-src-current-delete-marker); `delete-marker` is a
 * versionId that names one (copy-src-version-is-delete-marker).
 */
export type CopySourceState = CopySourceObject | "no-such-bucket" | "no-such-key" | "delete-marker";

export type CopySourceName = { result: "named"; bucket: string; key: string; versionId?: string } | { result: "invalid" };

/**
 * Reads `x-amz-copy-source`: `bucket/key` or `/bucket/key`, the key URL-encoded, optionally
 * `?versionId=…`. Without a slash there is no key: invalid (copy-src-wrong-format). An empty bucket or
 * key is read as invalid too (versitygw, for `bucket/`; not recorded on AWS).
 */
export function parseCopySource(value: string): CopySourceName {
  const queryStart = value.indexOf("?");
  const path = (queryStart < 0 ? value : value.slice(0, queryStart)).replace(/^\//, "");
  const versionId = queryStart < 0 ? null : new URLSearchParams(value.slice(queryStart + 1)).get("versionId");
  const slash = path.indexOf("/");
  if (slash <= 0 || slash === path.length - 1) return { result: "invalid" };
  const named = { result: "named" as const, bucket: path.slice(0, slash), key: decodeURIComponent(path.slice(slash + 1)) };
  return versionId === null ? named : { ...named, versionId };
}

/** What `x-amz-copy-source` names. */
export interface CopySourceName {
  bucket: string;
  key: string;
  versionId?: string;
}

/**
 * Reads `x-amz-copy-source`: `bucket/key` or `/bucket/key`, the key URL-encoded, optionally followed
 * by `?versionId=…` (CopyObject API reference). No key part, an empty bucket or key, or an encoding
 * that does not decode name nothing (copy-src-wrong-format). `decode: false` is a fault's.
 */
export function parseCopySource(value: string, decode = true): CopySourceName | undefined {
  const queryStart = value.indexOf("?");
  const path = (queryStart < 0 ? value : value.slice(0, queryStart)).replace(/^\//, "");
  const slash = path.indexOf("/");
  if (slash <= 0 || slash === path.length - 1) return undefined;
  const versionId = queryStart < 0 ? null : new URLSearchParams(value.slice(queryStart + 1)).get("versionId");
  try {
    const name: CopySourceName = { bucket: path.slice(0, slash), key: decode ? decodeURIComponent(path.slice(slash + 1)) : path.slice(slash + 1) };
    return versionId === null ? name : { ...name, versionId };
  } catch {
    return undefined;
  }
}

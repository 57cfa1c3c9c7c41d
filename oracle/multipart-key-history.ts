/** A write to a key: a PUT (or a completed upload) giving it this quoted ETag, or a DELETE. */
export type KeyWrite = { kind: "put"; etag: string } | { kind: "delete" };

/**
 * What CompleteMultipartUpload's conditions look at: the key when the upload was created, and the
 * writes to it since, oldest first. A delete marker counts as no object.
 */
export interface KeyHistory {
  /** The key's quoted ETag at CreateMultipartUpload; null when it did not exist. */
  atCreate: string | null;
  writesSinceCreate: readonly KeyWrite[];
}

/** The key's quoted ETag now, or null when it does not exist. */
export function currentEtag(history: KeyHistory): string | null {
  const last = history.writesSinceCreate.at(-1);
  if (last === undefined) return history.atCreate;
  return last.kind === "put" ? last.etag : null;
}

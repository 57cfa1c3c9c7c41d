import type { StoredHeaders } from "../../../oracle/stored-object.ts";
import type { KeyHistory, KeyWrite, UploadedPart } from "../../../oracle/multipart/decide-multipart.ts";
import type { ReadableObject } from "../../../oracle/read/decide-read.ts";

/** The few keys the commands name, so that writes, copies and uploads meet on the same keys. */
export const MODEL_KEYS = ["a", "b", "c"] as const;
export type ModelKey = (typeof MODEL_KEYS)[number];

/** Upload slots: a command names a slot, the real upload id behind it is the target's. */
export const UPLOAD_SLOTS = [0, 1] as const;
export type UploadSlot = (typeof UPLOAD_SLOTS)[number];

/** An upload as the model tracks it: open, or ended by Complete or Abort (its id stays known). */
export interface ModelUpload {
  key: ModelKey;
  state: "open" | "completed" | "aborted";
  headers: StoredHeaders;
  metadata: Record<string, string>;
  parts: Map<number, UploadedPart>;
  /** The key as Complete's conditions see it: its ETag at Create and the writes since. */
  atCreate: string | null;
  writesSinceCreate: KeyWrite[];
}

/** What the bucket holds after each step, as the oracle says it must. */
export interface BucketModel {
  objects: Map<ModelKey, ReadableObject>;
  uploads: Map<UploadSlot, ModelUpload>;
}

export function emptyModel(): BucketModel {
  return { objects: new Map(), uploads: new Map() };
}

/** Records a new version of `key` (or its deletion) for every upload of that key still open. */
export function recordWrite(model: BucketModel, key: ModelKey, object: ReadableObject | undefined): void {
  if (object) model.objects.set(key, object);
  else model.objects.delete(key);
  const write: KeyWrite = object ? { kind: "put", etag: object.etag } : { kind: "delete" };
  for (const upload of model.uploads.values()) if (upload.key === key && upload.state === "open") upload.writesSinceCreate.push(write);
}

export function keyHistory(upload: ModelUpload): KeyHistory {
  return { atCreate: upload.atCreate, writesSinceCreate: upload.writesSinceCreate };
}

import type { Encryption } from "./encryption.ts";

/** One version of a key: what GET serves and what a copy reads. */
export interface StoredObject {
  kind: "object";
  key: string;
  /** `null` in a bucket that never had versioning (and for versions written while it was suspended). */
  versionId: string;
  body: Buffer;
  /** Quoted. */
  etag: string;
  /** Whole seconds, in milliseconds since the epoch. */
  lastModified: number;
  /** The stored Content-* headers, Expires and the website redirect, by lower-case name. */
  headers: Record<string, string>;
  /** User metadata: names without `x-amz-meta-`, lower-case. */
  metadata: Record<string, string>;
  storageClass: string;
  encryption: Encryption;
  /** A completed multipart upload's part sizes, in order. */
  partSizes?: number[];
}

export interface DeleteMarker {
  kind: "delete-marker";
  key: string;
  versionId: string;
  lastModified: number;
}

export type ObjectVersion = StoredObject | DeleteMarker;

/** What a write supplies; the bucket gives it a version id. */
export type NewObject = Omit<StoredObject, "kind" | "versionId" | "lastModified">;

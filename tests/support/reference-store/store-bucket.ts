import { randomBytes } from "node:crypto";
import type { MultipartUpload } from "./multipart-upload.ts";
import type { DeleteMarker, NewObject, ObjectVersion, StoredObject } from "./stored-object.ts";

export type Versioning = "never" | "Enabled" | "Suspended";
export type ObjectOwnership = "BucketOwnerEnforced" | "BucketOwnerPreferred" | "ObjectWriter";

/** One bucket: its settings, every version of every key (oldest first) and its open uploads. */
export class StoreBucket {
  readonly name: string;
  readonly created = Date.now();
  versioning: Versioning = "never";
  /** New buckets have ACLs turned off, as S3 makes them since April 2023. */
  ownership: ObjectOwnership = "BucketOwnerEnforced";
  /** A PutBucketEncryption was made: an in-place copy then always counts as a change. */
  explicitEncryption = false;
  readonly uploads = new Map<string, MultipartUpload>();
  private readonly versions = new Map<string, ObjectVersion[]>();
  private readonly writeCounts = new Map<string, number>();

  constructor(name: string) {
    this.name = name;
  }

  /** The current version, unless the key is absent or its current version is a delete marker. */
  current(key: string): StoredObject | undefined {
    const latest = this.versions.get(key)?.at(-1);
    return latest?.kind === "object" ? latest : undefined;
  }

  latest(key: string): ObjectVersion | undefined {
    return this.versions.get(key)?.at(-1);
  }

  version(key: string, versionId: string): ObjectVersion | undefined {
    return this.versions.get(key)?.find((version) => version.versionId === versionId);
  }

  /** Writes a new current version: a fresh id while versioning is on, else it replaces the `null` one. */
  write(object: NewObject): StoredObject {
    const stored: StoredObject = { ...object, kind: "object", versionId: this.nextVersionId(), lastModified: wholeSecondsNow() };
    this.push(stored);
    return stored;
  }

  /** DeleteObject without a version id: removes the key, or puts a delete marker on it while versioning is on. */
  delete(key: string): DeleteMarker | undefined {
    this.countWrite(key);
    if (this.versioning === "never") {
      this.versions.delete(key);
      return undefined;
    }
    const marker: DeleteMarker = { kind: "delete-marker", key, versionId: this.nextVersionId(), lastModified: wholeSecondsNow() };
    this.push(marker);
    return marker;
  }

  /** DeleteObject of one version; the previous one, if any, becomes current. */
  deleteVersion(key: string, versionId: string): ObjectVersion | undefined {
    const list = this.versions.get(key) ?? [];
    const index = list.findIndex((version) => version.versionId === versionId);
    if (index < 0) return undefined;
    const [removed] = list.splice(index, 1);
    if (list.length === 0) this.versions.delete(key);
    this.countWrite(key);
    return removed;
  }

  /** Writes to a key so far (PUT, copy, Complete, DELETE). */
  writesTo(key: string): number {
    return this.writeCounts.get(key) ?? 0;
  }

  /** Every version of every key, keys in UTF-8 byte order, newest version first within a key. */
  allVersions(): ObjectVersion[] {
    return this.sortedKeys().flatMap((key) => [...(this.versions.get(key) ?? [])].reverse());
  }

  /** The keys whose current version is an object, in UTF-8 byte order. */
  currentObjects(): StoredObject[] {
    return this.sortedKeys().flatMap((key) => this.current(key) ?? []);
  }

  isEmpty(): boolean {
    return this.versions.size === 0;
  }

  private push(version: ObjectVersion): void {
    const list = this.versions.get(version.key) ?? [];
    const kept = this.versioning === "Enabled" ? list : list.filter((old) => old.versionId !== "null");
    this.versions.set(version.key, [...kept, version]);
    this.countWrite(version.key);
  }

  private countWrite(key: string): void {
    this.writeCounts.set(key, this.writesTo(key) + 1);
  }

  private nextVersionId(): string {
    return this.versioning === "Enabled" ? randomBytes(24).toString("base64url") : "null";
  }

  private sortedKeys(): string[] {
    return [...this.versions.keys()].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  }
}

function wholeSecondsNow(): number {
  return Math.floor(Date.now() / 1000) * 1000;
}

import { STORED_HEADER_NAMES } from "../stored-object.ts";

/** A CopyObject request as the copy oracle takes it. */
export interface CopyRequest {
  /** The destination bucket and key, from the request path. */
  bucket: string;
  key: string;
  /** Request headers by lower-case name. */
  headers: Record<string, string>;
}

export const USER_METADATA_PREFIX = "x-amz-meta-";

/** The copy-source conditions, by wire name. */
export const COPY_SOURCE_CONDITIONS = [
  "x-amz-copy-source-if-match",
  "x-amz-copy-source-if-unmodified-since",
  "x-amz-copy-source-if-none-match",
  "x-amz-copy-source-if-modified-since",
] as const;

const ACL_HEADERS = ["x-amz-acl", "x-amz-grant-read", "x-amz-grant-read-acp", "x-amz-grant-write-acp", "x-amz-grant-full-control"];

/** Every header the oracle decides on, besides `x-amz-meta-*`. */
const MODELLED_HEADERS: readonly string[] = [
  "x-amz-copy-source",
  "x-amz-metadata-directive",
  ...COPY_SOURCE_CONDITIONS,
  "if-match",
  "if-none-match",
  ...STORED_HEADER_NAMES,
  "x-amz-storage-class",
  "x-amz-server-side-encryption",
  ...ACL_HEADERS,
  // Asks for a checksum of the copy; what it returns belongs to the checksum rules, not to this oracle.
  "x-amz-checksum-algorithm",
];

export function isModelledCopyHeader(name: string): boolean {
  return name.startsWith(USER_METADATA_PREFIX) || MODELLED_HEADERS.includes(name);
}

export function isAclHeader(name: string): boolean {
  return ACL_HEADERS.includes(name);
}

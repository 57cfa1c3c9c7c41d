/**
 * MediaStore Data's documented limits. The documentation says "25 MB" and "10 MB" without defining
 * MB; we read MB as 2^20 bytes, as AWS's storage documentation does elsewhere: S3's documented
 * "5 MB" minimum part size is enforced as 5,242,880 bytes (aws-observed complete-entity-too-small).
 */
export const MIB = 1024 * 1024;
export const STANDARD_UPLOAD_LIMIT = 25 * MIB;
export const STREAMING_UPLOAD_LIMIT = 10 * MIB;

/** Path: 1 to 900 characters, at most 10 folders, each name of `A-Za-z0-9_.-~` (the API model's PathNaming). */
export const MAX_PATH_LENGTH = 900;
export const MAX_FOLDER_DEPTH = 10;
export const NAME_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";
export const PATH_PATTERN = /^(?:[A-Za-z0-9_.\-~]+\/){0,10}[A-Za-z0-9_.\-~]+$/;
const NAME_PATTERN = /^[A-Za-z0-9_.\-~]+$/;

/** ListItems MaxResults: the documented valid range; pages hold this many at most when it is absent. */
export const MIN_LIST_RESULTS = 1;
export const MAX_LIST_RESULTS = 1000;

export type UploadAvailability = "standard" | "streaming";

export function uploadLimit(availability: UploadAvailability): number {
  return availability === "streaming" ? STREAMING_UPLOAD_LIMIT : STANDARD_UPLOAD_LIMIT;
}

/** Whether a path is one MediaStore accepts: the model's pattern and length. */
export function isValidPath(path: string): boolean {
  return path.length >= 1 && path.length <= MAX_PATH_LENGTH && PATH_PATTERN.test(path);
}

/**
 * The rule a path breaks, or undefined for a valid one: a folder or file name that is empty or holds
 * a character outside the model's set, more than 10 folders, more than 900 characters (checked in that order).
 */
export function pathViolation(path: string): string | undefined {
  const names = path.split("/");
  if (!names.every((name) => NAME_PATTERN.test(name))) return "mediastore.path.disallowed-character";
  if (names.length - 1 > MAX_FOLDER_DEPTH) return "mediastore.path.too-many-folders";
  if (path.length > MAX_PATH_LENGTH) return "mediastore.path.too-long";
  return undefined;
}

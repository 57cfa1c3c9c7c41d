import { createHash } from "node:crypto";
import { withoutQuotes } from "./entity-tag-list.ts";
import type { UploadedPart } from "./multipart-upload.ts";
import type { StoreFaults } from "./store-faults.ts";

/**
 * A completed upload's ETag: the hex MD5 of the listed parts' binary ETags concatenated, `-`, and
 * the number of parts listed, quoted (aws-observed README, I; a single part still gets `-1`).
 */
export function multipartEtag(parts: readonly UploadedPart[], faults: StoreFaults): string {
  const digests = parts.map((part) => Buffer.from(withoutQuotes(part.etag), "hex"));
  const hex = createHash("md5").update(Buffer.concat(digests)).digest("hex");
  return faults.multipartEtagWithoutPartCount ? `"${hex}"` : `"${hex}-${parts.length}"`;
}

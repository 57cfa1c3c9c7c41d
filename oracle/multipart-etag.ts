import { createHash } from "node:crypto";
import { opaqueEtag } from "./entity-tags.ts";

/**
 * ETag of a completed multipart upload, from the MD5 of each listed part in the order listed: the
 * binary digests, or the parts' ETags (hex, quoted or not). Quoted hex MD5 of the concatenated
 * binary digests, then `-` and the number of parts listed, not the highest part number
 * (aws-observed complete-three-parts-etag, complete-gapped-part-numbers; a 1-part upload is `-1`,
 * complete-one-part-response). Holds for parts whose ETag is their MD5 (no SSE-C or SSE-KMS).
 */
export function multipartEtagFromPartMd5s(partMd5s: readonly (Buffer | string)[]): string {
  if (partMd5s.length === 0) throw new Error("a multipart ETag needs at least one part");
  const digests = partMd5s.map(binaryMd5);
  return `"${createHash("md5").update(Buffer.concat(digests)).digest("hex")}-${partMd5s.length}"`;
}

function binaryMd5(md5: Buffer | string): Buffer {
  if (typeof md5 !== "string") {
    if (md5.length !== 16) throw new Error(`${md5.toString("hex")} is not an MD5`);
    return md5;
  }
  const hex = opaqueEtag(md5);
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`${md5} is not a hex MD5`);
  return Buffer.from(hex, "hex");
}

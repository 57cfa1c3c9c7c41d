import { createHash } from "node:crypto";
import { errorReply, type Refusal } from "./replies.ts";

/**
 * The 400 a body's Content-MD5 earns, if any: InvalidDigest echoing a value that is not base64 of
 * 16 bytes, BadDigest naming both digests for one of other bytes. PutObject writes the expected
 * digest in hex, UploadPart as sent (aws-observed put-content-md5-mismatch, upload-part-content-md5-mismatch).
 */
export function refusedContentMd5(headers: Record<string, string>, body: Buffer, expectedAs: "hex" | "as-sent"): Refusal | undefined {
  const sent = headers["content-md5"];
  if (sent === undefined) return undefined;
  if (!/^[A-Za-z0-9+/]{22}==$/.test(sent)) return errorReply(400, "InvalidDigest", { "Content-MD5": sent });
  const calculated = createHash("md5").update(body).digest();
  const expected = Buffer.from(sent, "base64");
  if (calculated.equals(expected)) return undefined;
  return errorReply(400, "BadDigest", { ExpectedDigest: expectedAs === "hex" ? expected.toString("hex") : sent, CalculatedDigest: calculated.toString("base64") });
}

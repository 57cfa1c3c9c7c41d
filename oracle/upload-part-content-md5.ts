import { base64Md5, isWellFormedContentMd5 } from "./content-md5.ts";
import type { ExpectedAnswer } from "./expected-answer.ts";

/**
 * UploadPart's answer to a Content-MD5 the part does not satisfy, or undefined when it does. As for
 * PutObject, malformed is 400 InvalidDigest echoing the value; a digest of other bytes is 400
 * BadDigest, but UploadPart renders ExpectedDigest in base64 as sent, where PutObject uses hex
 * (aws-observed upload-part-content-md5-*).
 */
export function uploadPartDigestFailure(body: Buffer, contentMd5: string): ExpectedAnswer | undefined {
  if (!isWellFormedContentMd5(contentMd5)) return { rule: "multipart.upload-part.content-md5-malformed", status: 400, code: "InvalidDigest", errorFields: { "Content-MD5": contentMd5 } };
  const calculated = base64Md5(body);
  if (calculated === contentMd5) return undefined;
  return { rule: "multipart.upload-part.content-md5-mismatch", status: 400, code: "BadDigest", errorFields: { CalculatedDigest: calculated, ExpectedDigest: contentMd5 } };
}

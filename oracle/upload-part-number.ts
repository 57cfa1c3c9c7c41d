import type { ExpectedAnswer } from "./expected-answer.ts";
import { MAX_PART_NUMBER } from "./multipart-upload.ts";

/**
 * UploadPart's and UploadPartCopy's answer to a `partNumber` outside 1..10000: 400 InvalidArgument
 * naming it, with the value as sent. Recorded for -1 (aws-observed upload-part-negative-number); 0,
 * 10001 and forms such as `01` or `1.5` follow the documented range, unrecorded. Undefined when valid.
 */
export function invalidPartNumber(partNumber: string): ExpectedAnswer | undefined {
  const number = Number(partNumber);
  if (String(number) === partNumber && Number.isInteger(number) && number >= 1 && number <= MAX_PART_NUMBER) return undefined;
  return { rule: "multipart.part-number.out-of-range", status: 400, code: "InvalidArgument", errorFields: { ArgumentName: "partNumber", ArgumentValue: partNumber } };
}

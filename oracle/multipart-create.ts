import type { ExpectedAnswer } from "./expected-answer.ts";

/** CreateMultipartUpload: 200 with an InitiateMultipartUploadResult naming the bucket, the key and a new upload id (create-mpu-response). */
export function decideCreateMultipartUpload(bucket: string, key: string): ExpectedAnswer {
  return { rule: "multipart.create.initiated", status: 200, result: { root: "InitiateMultipartUploadResult", fields: { Bucket: bucket, Key: key, UploadId: /./ } } };
}

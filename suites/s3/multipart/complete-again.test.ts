import { expectAnswer } from "../../../harness/expect-answer.ts";
import { abortUpload, completeUpload, createUpload, uploadPart } from "../../../fixtures/multipart-operations.ts";
import { getObject } from "../../../fixtures/s3-operations.ts";
import { conformance } from "../../../fixtures/test.ts";
import { noSuchUpload } from "../../../oracle/multipart-upload.ts";
import { decideAbortMultipartUpload } from "../../../oracle/multipart-abort.ts";
import { multipartEtag, singlePartEtag } from "../../../oracle/object-answer.ts";

const PART = Buffer.from("the only part");
const LISTED = [{ partNumber: 1, etag: singlePartEtag(PART) }];
const RESULT = "CompleteMultipartUploadResult";

conformance(
  {
    id: "s3.complete-multipart-upload.multipart.completed-upload-is-gone",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html",
    title: "After Complete the upload id names nothing: UploadPart is 404 NoSuchUpload, a second Complete is NoSuchUpload or repeats the first answer, and the object stays as completed",
  },
  async ({ s3, bucket }) => {
    const key = "completed";
    const uploadId = await createUpload(s3, bucket, key);
    expectAnswer(await uploadPart(s3, bucket, key, uploadId, "1", PART), { status: 200 }, "set-up UploadPart");
    const etag = multipartEtag([PART]);
    expectAnswer(await completeUpload(s3, bucket, key, uploadId, LISTED), { status: 200, result: { root: RESULT, fields: { ETag: etag } } }, "first CompleteMultipartUpload");

    const again = await completeUpload(s3, bucket, key, uploadId, LISTED);
    // "The upload ID might be invalid, or the multipart upload might have been aborted or completed";
    // S3 is also known to repeat a successful answer to a retried Complete, which is harmless.
    const expected = again.status === 200 ? { status: 200, result: { root: RESULT, fields: { ETag: etag } } } : noSuchUpload(uploadId);
    expectAnswer(again, expected, "second CompleteMultipartUpload of the same upload");
    expectAnswer(await uploadPart(s3, bucket, key, uploadId, "2", PART), noSuchUpload(uploadId), "UploadPart after Complete");
    expectAnswer(await getObject(s3, bucket, key), { status: 200, headers: { etag }, body: PART }, "GET of the completed object");
  },
);

conformance(
  {
    id: "s3.complete-multipart-upload.multipart.aborted-upload-is-gone",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_AbortMultipartUpload.html",
    title: "AbortMultipartUpload answers 204; afterwards UploadPart and Complete of that id are 404 NoSuchUpload and no object was made",
  },
  async ({ s3, bucket }) => {
    const key = "aborted";
    const uploadId = await createUpload(s3, bucket, key);
    expectAnswer(await uploadPart(s3, bucket, key, uploadId, "1", PART), { status: 200 }, "set-up UploadPart");
    expectAnswer(await abortUpload(s3, bucket, key, uploadId), decideAbortMultipartUpload([{ uploadId, key, parts: new Map() }], key, uploadId), "AbortMultipartUpload");
    expectAnswer(await uploadPart(s3, bucket, key, uploadId, "2", PART), noSuchUpload(uploadId), "UploadPart after Abort");
    expectAnswer(await completeUpload(s3, bucket, key, uploadId, LISTED), noSuchUpload(uploadId), "CompleteMultipartUpload after Abort");
    expectAnswer(await getObject(s3, bucket, key), { status: 404, code: "NoSuchKey" }, "GET of the key after Abort");
  },
);

import { expectAnswer } from "../../../harness/expect-answer.ts";
import { abortUpload, completeUpload, createUpload, uploadPart } from "../../../fixtures/s3/multipart-operations.ts";
import { getObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { asSetUpPart, decideAbortMultipartUpload, decideCompleteAgain, decideCompleteMultipartUpload, decideReadAfterAbort, decideReadOfCompleted, decideUploadPart, type EndedUpload, type MultipartUpload, uploadedPart } from "../../../oracle/multipart/decide-multipart.ts";

const PART = Buffer.from("the only part");
const LISTED = [{ partNumber: 1, etag: uploadedPart(PART).etag }];
const UNTOUCHED_KEY = { atCreate: null, writesSinceCreate: [] } as const;

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
    const open: MultipartUpload = { uploadId, key, parts: new Map() };
    const stored = decideUploadPart([open], { key, uploadId, partNumber: "1", body: PART });
    expectAnswer(await uploadPart(s3, bucket, key, uploadId, "1", PART), asSetUpPart(stored.answer), "set-up UploadPart");
    const upload: MultipartUpload = { ...open, parts: new Map([[1, uploadedPart(PART)]]) };
    const first = decideCompleteMultipartUpload([upload], { bucket, key, uploadId, parts: LISTED, headers: {} }, UNTOUCHED_KEY);
    expectAnswer(await completeUpload(s3, bucket, key, uploadId, LISTED), first.answer, "first CompleteMultipartUpload");
    if (!first.object) throw new Error("the oracle completes one listed part");

    const again = await completeUpload(s3, bucket, key, uploadId, LISTED);
    // "The upload ID might be invalid, or the multipart upload might have been aborted or completed";
    // S3 is also known to repeat a successful answer to a retried Complete, which is harmless.
    expectAnswer(again, decideCompleteAgain(uploadId, first.object, again.status === 200), "second CompleteMultipartUpload of the same upload");
    const ended: EndedUpload[] = [{ uploadId, key, endedBy: "complete" }];
    const afterComplete = decideUploadPart([], { key, uploadId, partNumber: "2", body: PART }, ended);
    expectAnswer(await uploadPart(s3, bucket, key, uploadId, "2", PART), afterComplete.answer, "UploadPart after Complete");
    expectAnswer(await getObject(s3, bucket, key), decideReadOfCompleted(first.object), "GET of the completed object");
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
    const open: MultipartUpload = { uploadId, key, parts: new Map() };
    const stored = decideUploadPart([open], { key, uploadId, partNumber: "1", body: PART });
    expectAnswer(await uploadPart(s3, bucket, key, uploadId, "1", PART), asSetUpPart(stored.answer), "set-up UploadPart");
    expectAnswer(await abortUpload(s3, bucket, key, uploadId), decideAbortMultipartUpload([open], key, uploadId), "AbortMultipartUpload");
    const ended: EndedUpload[] = [{ uploadId, key, endedBy: "abort" }];
    const afterAbort = decideUploadPart([], { key, uploadId, partNumber: "2", body: PART }, ended);
    expectAnswer(await uploadPart(s3, bucket, key, uploadId, "2", PART), afterAbort.answer, "UploadPart after Abort");
    const completeAfterAbort = decideCompleteMultipartUpload([], { bucket, key, uploadId, parts: LISTED, headers: {} }, UNTOUCHED_KEY, ended);
    expectAnswer(await completeUpload(s3, bucket, key, uploadId, LISTED), completeAfterAbort.answer, "CompleteMultipartUpload after Abort");
    expectAnswer(await getObject(s3, bucket, key), decideReadAfterAbort(), "GET of the key after Abort");
  },
);

import type { ExpectedAnswer } from "./expected-answer.ts";
import type { UploadedPart } from "./multipart-upload.ts";

/** What UploadPart or UploadPartCopy answers, and on success the part the upload then holds under `partNumber`. */
export interface UploadPartDecision {
  answer: ExpectedAnswer;
  stored?: { partNumber: number; part: UploadedPart };
}

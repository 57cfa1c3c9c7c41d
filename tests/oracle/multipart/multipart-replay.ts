import type { ExpectedAnswer } from "../../../oracle/expected-answer.ts";

/** A row replayed through the multipart oracle: its answer and what the comparison needs besides. */
export interface MultipartReplay {
  expected: ExpectedAnswer;
  /** The upload id the replayed request sent; masked ids in the recording stand for it. */
  uploadId: string;
  /** Bytes of the part a successful UploadPart or UploadPartCopy stores. */
  storedPartSize?: number;
  /** The copy source's ETag, for a row that records `ETag = source ETag`. */
  sourceEtag?: string;
  /** False when the result ETag comes from stand-in bytes: only its form can be compared. */
  etagFromRecordedBytes: boolean;
}

import type { ExpectedAnswer, HeaderRule } from "../expected-answer.ts";
import { decideUploadPart, type UploadPartRequest } from "../upload-part.ts";
import { findUpload } from "../multipart-upload.ts";
import { encryptedEtag, withEncryptedEtag } from "./encrypted-etag.ts";
import type { EncryptedUpload } from "./encrypted-upload.ts";
import { withEncryptionEcho } from "./encryption-echo.ts";
import { partKeyRefusal } from "./part-key-check.ts";

/** What an encrypted part upload answers, and on success the part, whose ETag only the store can tell under SSE-C and SSE-KMS. */
export interface SsePartDecision {
  answer: ExpectedAnswer;
  stored?: { partNumber: number; body: Buffer; etag: HeaderRule };
}

/**
 * UploadPart with the SSE headers `sseHeaders`. Order: the multipart oracle's checks (partNumber, the
 * upload, Content-MD5), then the part's key (partKeyRefusal). Success echoes the upload's encryption
 * and gives the part the ETag of its encryption (upload-part-ssec, upload-part-kms).
 */
export function decideSseUploadPart(uploads: readonly EncryptedUpload[], request: UploadPartRequest, sseHeaders: Record<string, string>): SsePartDecision {
  const plain = decideUploadPart(uploads, request);
  const upload = findUpload(uploads, request.key, request.uploadId) as EncryptedUpload | undefined;
  if (!plain.stored || !upload) return { answer: plain.answer };
  const refusal = partKeyRefusal(upload.encryption, sseHeaders);
  if (refusal) return { answer: refusal };
  const answer = withEncryptedEtag(withEncryptionEcho(plain.answer, upload.encryption), "etag", request.body, upload.encryption);
  return { answer, stored: { partNumber: plain.stored.partNumber, body: request.body, etag: encryptedEtag(request.body, upload.encryption) } };
}

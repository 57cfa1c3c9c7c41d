import { findUpload } from "../multipart-upload.ts";
import { decideUploadPartCopy, type CopySourceObject, type UploadPartCopyRequest } from "../upload-part-copy.ts";
import { invalidPartNumber } from "../upload-part-number.ts";
import type { SsePartDecision } from "./decide-sse-upload-part.ts";
import { encryptedEtag, withEncryptedEtag } from "./encrypted-etag.ts";
import type { EncryptedUpload } from "./encrypted-upload.ts";
import { withEncryptionEcho } from "./encryption-echo.ts";
import type { KmsKeys } from "./kms-keys.ts";
import type { ObjectEncryption } from "./object-encryption.ts";
import { partKeyRefusal } from "./part-key-check.ts";
import { readKeyRefusal } from "./read-key-check.ts";

/**
 * UploadPartCopy with SSE headers, from an existing source. No recording has SSE on UploadPartCopy;
 * its documentation gives it CopyObject's copy-source headers and UploadPart's destination headers, so
 * the rules are theirs. Order: partNumber and the upload, the part's key (partKeyRefusal), the source's
 * key (readKeyRefusal under `copy-source`), then the range and copy-source conditions. The part is
 * written as the upload is encrypted: its CopyPartResult ETag and echo are the upload's.
 */
export function decideSseUploadPartCopy(
  uploads: readonly EncryptedUpload[],
  request: UploadPartCopyRequest,
  sseHeaders: Record<string, string>,
  source: CopySourceObject & { encryption: ObjectEncryption },
  now: number,
  kms: KmsKeys,
): SsePartDecision {
  const upload = findUpload(uploads, request.key, request.uploadId) as EncryptedUpload | undefined;
  if (invalidPartNumber(request.partNumber) || !upload) return { answer: decideUploadPartCopy(uploads, request, source, now).answer };
  const refusal = partKeyRefusal(upload.encryption, sseHeaders) ?? readKeyRefusal(source.encryption, sseHeaders, "copy-source", kms);
  if (refusal) return { answer: refusal };
  const decision = decideUploadPartCopy(uploads, request, source, now);
  if (!decision.stored || !decision.answer.result) return { answer: decision.answer };
  const { body } = decision.stored.part;
  const answer = withEncryptedEtag(withEncryptionEcho(decision.answer, upload.encryption), "result:ETag", body, upload.encryption);
  return { answer, stored: { partNumber: decision.stored.partNumber, body, etag: encryptedEtag(body, upload.encryption) } };
}

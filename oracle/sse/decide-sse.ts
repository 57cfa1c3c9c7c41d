import type { ExpectedAnswer, HeaderRule } from "../expected-answer.ts";
import {
  decideCreateMultipartUpload,
  decideUploadPart,
  decideUploadPartCopy,
  findUpload,
  invalidPartNumber,
  type PartCopySource,
  type UploadPartCopyRequest,
  type UploadPartRequest,
} from "../multipart/decide-multipart.ts";
import { decideRead, type ReadRequest } from "../read/decide-read.ts";
import { encryptedEtag, withEncryptedEtag } from "./encrypted-etag.ts";
import { withEncryptionEcho } from "./encryption-echo.ts";
import { SSE } from "./header-names.ts";
import type { KmsKeys } from "./kms-keys.ts";
import { partKeyRefusal } from "./part-key-check.ts";
import { readKeyRefusal } from "./read-key-check.ts";
import type { EncryptedObject, EncryptedUpload, ObjectEncryption, SseWorld } from "./sse-world.ts";
import { decideWriteEncryption } from "./write-encryption.ts";

/*
 * The encryption oracle: each operation with SSE headers, decided as the plain operation's oracle
 * decides it plus what the encryption adds (refusals of a key, the echo, the ETag under SSE-C and SSE-KMS).
 */
export { decideSseComplete } from "./encrypted-complete.ts";
export { decideSseCopy } from "./encrypted-copy.ts";
export type { BucketEncryption, EncryptedObject, EncryptedUpload, ObjectEncryption, SseWorld } from "./sse-world.ts";

export interface SsePutOutcome {
  answer: ExpectedAnswer;
  /** How the object is stored, when the write succeeded. */
  stored?: ObjectEncryption;
}

/**
 * A PutObject of `body` whose headers say nothing but how to encrypt it: refused as
 * decideWriteEncryption says, else 200, no body, the encryption echoed and its ETag (encryptedEtag).
 */
export function decideSsePut(world: SseWorld, headers: Record<string, string>, body: Buffer): SsePutOutcome {
  const write = decideWriteEncryption(headers, world);
  if (write.result === "refused") return { answer: write.answer };
  const { encryption } = write;
  const stored: ExpectedAnswer = { rule: "sse.put.stored", status: 200, body: Buffer.alloc(0) };
  return { answer: withEncryptedEtag(withEncryptionEcho(stored, encryption), "etag", body, encryption), stored: encryption };
}

/**
 * A GetObject or HeadObject of an existing object (the version the request names) with SSE headers
 * `sseHeaders`: first the encryption (readKeyRefusal; HEAD answers without a body,
 * head-ssec-wrong-algorithm, head-ssec-key-44-bytes), then the read oracle, whose served answers
 * echo the object's encryption (get-ssec-valid, head-ssec-valid, get-kms-object). No recording
 * combines a key fault with a precondition or a range.
 */
export function decideSseRead(object: EncryptedObject, request: ReadRequest, sseHeaders: Record<string, string>, now: number, kms: KmsKeys): ExpectedAnswer {
  if (sseHeaders[SSE] !== undefined) throw new Error(`undecided: ${SSE} on a read is not recorded`);
  const refusal = readKeyRefusal(object.encryption, sseHeaders, "object", kms);
  if (refusal) return request.method === "HEAD" ? { rule: refusal.rule, status: refusal.status, body: Buffer.alloc(0) } : refusal;
  const answer = decideRead(object, request, now);
  const statuses = Array.isArray(answer.status) ? answer.status : [answer.status];
  if (!statuses.every((status) => status >= 200 && status < 300)) return answer;
  return withEncryptionEcho(answer, object.encryption);
}

export interface SseCreateOutcome {
  answer: ExpectedAnswer;
  /** How the upload's parts and object are encrypted, when it was created. */
  encryption?: ObjectEncryption;
}

/**
 * CreateMultipartUpload with SSE headers: refused as a write is (create-mpu-kms-invalid-key-id), else
 * the upload with the encryption echoed (create-mpu-ssec, create-mpu-kms).
 */
export function decideSseCreateUpload(world: SseWorld, bucket: string, key: string, headers: Record<string, string>): SseCreateOutcome {
  const write = decideWriteEncryption(headers, world);
  if (write.result === "refused") return { answer: write.answer };
  const answer = decideCreateMultipartUpload(bucket, key);
  return { answer: withEncryptionEcho(answer, write.encryption), encryption: write.encryption };
}

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
  source: PartCopySource & { encryption: ObjectEncryption },
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

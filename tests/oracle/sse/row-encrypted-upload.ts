import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { customerEncryption, KMS_UPLOAD } from "./row-encryption.ts";
import type { UploadedPart } from "../../../oracle/multipart/decide-multipart.ts";
import type { EncryptedUpload } from "../../../oracle/sse/decide-sse.ts";

export const ROW_UPLOAD_ID = "recorded-upload";
/** Five MiB and one byte of `a`, the part size of the SSE-C multipart rows. */
const LARGE_PART = Buffer.alloc(5 * 1024 * 1024 + 1, "a");
/** An SSE-C part's ETag is whatever the store answered; the rows do not record them, so any non-MD5 will do. */
const STAND_IN_PART_ETAG = '"00112233445566778899aabbccddeeff"';
/** The part of the KMS upload, as UploadPart answered it (upload-part-kms). */
const KMS_PART: UploadedPart = { body: Buffer.from("test-sse"), etag: '"1a9f0234d9c670a8c2f8b1ceda267641"' };

/** The upload a multipart row's setup describes, and whether its parts' ETags are the recorded ones. */
export function rowEncryptedUpload(row: AwsObservedRow, key: string): { upload: EncryptedUpload; recordedPartEtags: boolean } {
  const described = String(row.setup.upload);
  const upload = (encryption: EncryptedUpload["encryption"], parts: UploadedPart[]) => ({ uploadId: ROW_UPLOAD_ID, key, encryption, parts: new Map(parts.map((part, index) => [index + 1, part])) });
  switch (described) {
    case "initiated with SSE-C K1":
      return { upload: upload(customerEncryption("K1"), []), recordedPartEtags: true };
    case "initiated WITHOUT SSE-C":
      return { upload: upload({ kind: "sse-s3" }, []), recordedPartEtags: true };
    case "SSE-KMS + bucket key":
      return { upload: upload(KMS_UPLOAD, []), recordedPartEtags: true };
    case "SSE-C K1, 3 parts of 5 MiB + 1":
      return { upload: upload(customerEncryption("K1"), [1, 2, 3].map(() => ({ body: LARGE_PART, etag: STAND_IN_PART_ETAG }))), recordedPartEtags: false };
    case "SSE-KMS + bucket key, 1 part":
      return { upload: upload(KMS_UPLOAD, [KMS_PART]), recordedPartEtags: true };
    default:
      throw new Error(`${row.id}: upload ${JSON.stringify(described)} is not understood`);
  }
}

/** The bytes an UploadPart row sends: `5 MiB + 1 byte of "a"`, or the text itself. */
export function rowPartBody(row: AwsObservedRow): Buffer {
  const text = row.request.body;
  if (text === undefined) throw new Error(`${row.id}: no part body`);
  return text === '5 MiB + 1 byte of "a"' ? LARGE_PART : Buffer.from(text);
}

import type { ExpectedAnswer } from "../expected-answer.ts";
import { decideCreateMultipartUpload } from "../multipart-create.ts";
import { withEncryptionEcho } from "./encryption-echo.ts";
import type { ObjectEncryption } from "./object-encryption.ts";
import type { SseWorld } from "./sse-world.ts";
import { decideWriteEncryption } from "./write-encryption.ts";

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

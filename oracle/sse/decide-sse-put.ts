import type { ExpectedAnswer } from "../expected-answer.ts";
import { withEncryptedEtag } from "./encrypted-etag.ts";
import { withEncryptionEcho } from "./encryption-echo.ts";
import type { ObjectEncryption } from "./object-encryption.ts";
import type { SseWorld } from "./sse-world.ts";
import { decideWriteEncryption } from "./write-encryption.ts";

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

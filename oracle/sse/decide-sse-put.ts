import type { ExpectedAnswer } from "../expected-answer.ts";
import { encryptedEtag } from "./encrypted-etag.ts";
import { encryptionEcho } from "./encryption-echo.ts";
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
  return { answer: { status: 200, headers: { ...encryptionEcho(encryption), etag: encryptedEtag(body, encryption) }, body: Buffer.alloc(0) }, stored: encryption };
}

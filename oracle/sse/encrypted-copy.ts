import { decideCopy, type CopiedObject, type CopyWorld } from "../copy/decide-copy.ts";
import type { CopyRequest } from "../copy/copy-request.ts";
import { parseCopySource } from "../copy/copy-source.ts";
import type { ExpectedAnswer } from "../expected-answer.ts";
import { checkCustomerKey } from "./customer-key-check.ts";
import { customerKeyRequest } from "./customer-key-request.ts";
import { withEncryptedEtag } from "./encrypted-etag.ts";
import type { EncryptedObject, ObjectEncryption, SseWorld } from "./sse-world.ts";
import { withEncryptionEcho } from "./encryption-echo.ts";
import { BUCKET_KEY_ENABLED, customerKeyHeaderNames, KMS_KEY_ID } from "./header-names.ts";
import { readKeyRefusal } from "./read-key-check.ts";
import { decideWriteEncryption } from "./write-encryption.ts";

/** The copy oracle's world with an encrypted source, and the encryption world. */
export type SseCopyWorld = Omit<CopyWorld, "source"> & {
  source: EncryptedObject | Exclude<CopyWorld["source"], object>;
  sse: SseWorld;
};

export type EncryptedCopy = Omit<CopiedObject, "encryption"> & { encryption: ObjectEncryption };

export interface SseCopyOutcome {
  answer: ExpectedAnswer;
  stored?: EncryptedCopy;
}

/**
 * CopyObject with SSE headers. Order: the destination's encryption (decideWriteEncryption:
 * copy-ssec-dest-plus-sse-header, copy-ssec-dest-wrong-algorithm, copy-kms-invalid-key-id), the
 * copy-source key's own faults (copy-ssec-source-wrong-algorithm), the source's key
 * (readKeyRefusal under `copy-source`: copy-ssec-source-missing-source-key), then the copy oracle.
 * The copy is decrypted with the source's key and written as the destination asks: the echo and the
 * ETag are the destination's (copy-ssec-source-to-plain, copy-ssec-source-to-ssec, copy-to-kms-bucket-key).
 */
export function decideSseCopy(world: SseCopyWorld, request: CopyRequest): SseCopyOutcome {
  const { headers } = request;
  const write = decideWriteEncryption(headers, world.sse);
  if (write.result === "refused") return { answer: write.answer };
  const sourceKey = customerKeyRequest(headers, "copy-source");
  const sourceCheck = sourceKey ? checkCustomerKey(sourceKey, "read") : undefined;
  if (sourceCheck?.result === "refused") return { answer: sourceCheck.answer };

  const { source } = world;
  if (typeof source === "object") {
    const refusal = readKeyRefusal(source.encryption, headers, "copy-source", world.sse.kms);
    if (refusal) return { answer: refusal };
    const name = parseCopySource(headers["x-amz-copy-source"] ?? "");
    const inPlace = name.result === "named" && name.bucket === request.bucket && name.key === request.key;
    if (inPlace && (source.encryption.kind === "sse-c" || write.encryption.kind === "sse-c")) throw new Error("undecided: an in-place copy with SSE-C is not recorded");
  }
  const copyWorld: CopyWorld = {
    ...world,
    source: typeof source === "object" ? { ...source, encryption: source.encryption.kind === "sse-kms" ? "aws:kms" : "AES256" } : source,
  };
  const outcome = decideCopy(copyWorld, { ...request, headers: withoutSseHeaders(headers) });
  if (!outcome.stored || typeof source !== "object") return { answer: outcome.answer };

  const { encryption } = write;
  return {
    answer: withEncryptedEtag(withEncryptionEcho(outcome.answer, encryption), "result:ETag", source.body, encryption),
    stored: { ...outcome.stored, encryption },
  };
}

const SSE_ONLY: readonly string[] = [
  ...Object.values(customerKeyHeaderNames("object")),
  ...Object.values(customerKeyHeaderNames("copy-source")),
  KMS_KEY_ID,
  BUCKET_KEY_ENABLED,
];

/** The headers an oracle without SSE-C and KMS decides on: all but the customer-key, KMS key and bucket-key headers. */
function withoutSseHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !SSE_ONLY.includes(name)));
}

import { storeEncrypted } from "../../../fixtures/s3/sse/store-encrypted.ts";
import type { CaseContext } from "../../../fixtures/s3/test.ts";
import { readEncryptionHeaders, type EncryptionRequest } from "../../../oracle/sse/encryption-request.ts";
import { completeEncryptedUpload, createEncryptedUpload, uploadEncryptedPart, uploadEncryptedPartCopy } from "./sse-multipart.ts";

/** The multipart step a case is about. */
export type UploadSubject = "create" | "part" | "part-copy" | "complete";

/**
 * An upload encrypted as asked, from create to a GET of the completed object, with one part (by
 * UploadPart, or for `part-copy` by UploadPartCopy of a plain source). The subject's answer is held
 * to the oracle's; every other step must simply succeed.
 */
export async function encryptedUploadFlow(context: CaseContext, request: EncryptionRequest, subject: UploadSubject, body = Buffer.from("the one part of an encrypted upload")): Promise<void> {
  const step = (candidate: UploadSubject) => (candidate === subject ? "checked" : "set-up");
  const under = await createEncryptedUpload(context, request, step("create"));
  if (!under) return;
  const keyHeaders = readEncryptionHeaders(request);
  if (subject === "part-copy") {
    const source = await storeEncrypted(context, { key: "copy-source", body, headers: {}, metadata: {} }, { kind: "none" });
    await uploadEncryptedPartCopy(context, under, 1, source, keyHeaders, "checked");
  } else {
    await uploadEncryptedPart(context, under, 1, body, keyHeaders, step("part"));
  }
  await completeEncryptedUpload(context, under, {}, keyHeaders, step("complete"));
}

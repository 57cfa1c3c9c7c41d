import type { ExpectedAnswer } from "../expected-answer.ts";
import type { KmsKeyState } from "./kms-keys.ts";

/** A write naming a key the store does not hold (put-kms-invalid-key-id, create-mpu-kms-invalid-key-id, copy-kms-invalid-key-id). */
export const KMS_KEY_NOT_FOUND: ExpectedAnswer = { rule: "sse-kms.key-not-found", status: 400, code: "KMS.NotFoundException" };

/**
 * Why a key that is held but not usable refuses the write or read that needs it: 400 with KMS's own
 * code (put-kms-disabled-key, get-kms-disabled-key, get-kms-pending-deletion-key).
 */
export function kmsKeyRefusal(state: KmsKeyState): ExpectedAnswer | undefined {
  switch (state) {
    case "enabled":
      return undefined;
    case "disabled":
      return { rule: "sse-kms.key-disabled", status: 400, code: "KMS.DisabledException" };
    case "pending-deletion":
      return { rule: "sse-kms.key-pending-deletion", status: 400, code: "KMS.KMSInvalidStateException" };
  }
}

import type { ExpectedAnswer, HeaderRule } from "../expected-answer.ts";
import { regexpLiteral } from "../encoding.ts";

export type KmsKeyState = "enabled" | "disabled" | "pending-deletion";

export interface KmsKey {
  /** As the store names it: a bare key id or a key ARN. */
  id: string;
  state: KmsKeyState;
}

/** The KMS keys a bucket's writes can name, and the bucket's region (a key elsewhere is not found). */
export interface KmsKeys {
  region: string;
  keys: readonly KmsKey[];
}

/** The key `aws:kms` uses when neither the request nor the bucket names one (put-kms-no-key-id). */
export const AWS_MANAGED_KEY: KmsKey = { id: "aws/s3", state: "enabled" };

export type KmsLookup = { found: true; key: KmsKey; echo: HeaderRule } | { found: false };

const KEY_ARN = /^arn:[^:]+:kms:([^:]*):[^:]*:key\/(.+)$/;

/**
 * The key a request names: by its id, or by the key ARN in the bucket's region. A bare id is echoed
 * as the full ARN in the bucket's region (put-kms-key-id-echoed-as-arn), an ARN as itself. An id the
 * store does not hold, or an ARN in another region, names nothing (put-kms-invalid-key-id,
 * put-kms-unknown-uuid, put-kms-arn-other-region, put-kms-bare-id-other-region). Aliases are not modelled.
 */
export function findKmsKey(kms: KmsKeys, requested: string): KmsLookup {
  const asked = parseKeyArn(requested);
  if (asked && asked.region !== kms.region) return { found: false };
  const bareId = asked?.id ?? requested;
  for (const key of kms.keys) {
    const held = parseKeyArn(key.id);
    if ((held && held.region !== kms.region) || (held?.id ?? key.id) !== bareId) continue;
    const arn = asked ? requested : held ? key.id : undefined;
    return { found: true, key, echo: kmsKeyEcho(kms.region, arn, bareId) };
  }
  return { found: false };
}

function parseKeyArn(text: string): { region: string; id: string } | undefined {
  const match = KEY_ARN.exec(text);
  return match ? { region: match[1] ?? "", id: match[2] ?? "" } : undefined;
}

/** The key-id echo: the ARN when one is known, else any account's ARN of this id in the bucket's region. */
function kmsKeyEcho(region: string, arn: string | undefined, bareId: string): HeaderRule {
  if (arn !== undefined) return arn;
  return new RegExp(`^arn:aws:kms:${regexpLiteral(region)}:\\d{12}:key/${regexpLiteral(bareId)}$`);
}

/** The echo of the AWS-managed key: an ARN nothing in the request names. */
export const AWS_MANAGED_KEY_ECHO: HeaderRule = /^arn:aws:kms:[^:]+:\d{12}:key\/\S+$/;

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

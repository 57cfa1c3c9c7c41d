import type { HeaderRule } from "../expected-answer.ts";
import { regexpLiteral } from "../regexp-literal.ts";

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

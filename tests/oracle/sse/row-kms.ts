import type { KmsKey, KmsKeys } from "../../../oracle/sse/kms-keys.ts";
import type { AwsObservedRow } from "../aws-observed-rows.ts";

// The rows mask key ids and accounts; these stand in for them, one per key the setups tell apart.

export const STAND_IN_ACCOUNT = "111122223333";
export const CUSTOMER_KEY_ID = "0b0c0d0e-1111-4222-8333-444455556666";
const DISABLED_KEY_ID = "0d15ab1e-1111-4222-8333-444455556666";
const PENDING_DELETION_KEY_ID = "0de1e7e0-1111-4222-8333-444455556666";
const OTHER_REGION_KEY_ID = "07e2e910-1111-4222-8333-444455556666";
const OTHER_REGION_KEY_ARN = `arn:aws:kms:us-west-2:${STAND_IN_ACCOUNT}:key/${OTHER_REGION_KEY_ID}`;

/** The keys every row's account holds; the us-west-2 one is outside every recorded bucket's region. */
const ACCOUNT_KEYS: readonly KmsKey[] = [
  { id: CUSTOMER_KEY_ID, state: "enabled" },
  { id: DISABLED_KEY_ID, state: "disabled" },
  { id: PENDING_DELETION_KEY_ID, state: "pending-deletion" },
  { id: OTHER_REGION_KEY_ARN, state: "enabled" },
];

/** Masked key ids in requests, by the key they stand for. */
const REQUEST_KEY_IDS: Record<string, string> = {
  "<bare key UUID>": CUSTOMER_KEY_ID,
  "<bare key id>": CUSTOMER_KEY_ID,
  "<key id>": CUSTOMER_KEY_ID,
  "<disabled key id>": DISABLED_KEY_ID,
  "<ARN of the us-west-2 key>": OTHER_REGION_KEY_ARN,
  "<bare UUID of the us-west-2 key>": OTHER_REGION_KEY_ID,
};

/** The KMS setups the rows describe; each names one of the account's keys, or none. */
const KMS_SETUPS: Record<string, string | undefined> = {
  "customer key in the bucket region": CUSTOMER_KEY_ID,
  "customer key": CUSTOMER_KEY_ID,
  "exists in us-west-2": OTHER_REGION_KEY_ARN,
  disabled: DISABLED_KEY_ID,
};

/** The objects of GetObject rows encrypted with SSE-KMS, by the key they were written with. */
export const KMS_OBJECT_KEYS: Record<string, string> = {
  "SSE-KMS with customer key": CUSTOMER_KEY_ID,
  "SSE-KMS; its key later disabled": DISABLED_KEY_ID,
  "SSE-KMS; key scheduled for deletion": PENDING_DELETION_KEY_ID,
};

/** The KMS world of a row: the account's keys, in the bucket's region (us-east-2 where the row says so). */
export function rowKmsKeys(row: AwsObservedRow): KmsKeys {
  const { kmsKey, bucket } = row.setup;
  if (kmsKey !== undefined && !(String(kmsKey) in KMS_SETUPS)) throw new Error(`${row.id}: KMS key ${JSON.stringify(kmsKey)} is not understood`);
  return { region: bucket === "us-east-2" ? "us-east-2" : "us-east-1", keys: ACCOUNT_KEYS };
}

/** A request header value with a masked key id replaced by its stand-in; an ARN masks only the account. */
export function withStandInKeyId(value: string): string {
  return REQUEST_KEY_IDS[value] ?? value.replace("<acct>", STAND_IN_ACCOUNT).replace(/key\/134f2428-\.\.\.$/, "key/134f2428-cec1-4b25-a1ae-9048164dba47");
}

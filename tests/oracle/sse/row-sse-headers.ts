import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { rowRequest } from "../row-request.ts";
import { withStandInKeyId } from "./row-kms.ts";

/** The row's request headers, names lower-case, masked KMS key ids replaced by their stand-ins. */
export function rowSseHeaders(row: AwsObservedRow): Record<string, string> {
  return Object.fromEntries(Object.entries(rowRequest(row).headers).map(([name, value]) => [name, withStandInKeyId(value)]));
}

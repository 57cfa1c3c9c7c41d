import { BUCKET_KEY_ENABLED, customerKeyHeaderNames, KMS_KEY_ID } from "./header-names.ts";

const SSE_ONLY: readonly string[] = [
  ...Object.values(customerKeyHeaderNames("object")),
  ...Object.values(customerKeyHeaderNames("copy-source")),
  KMS_KEY_ID,
  BUCKET_KEY_ENABLED,
];

/** The headers an oracle without SSE-C and KMS decides on: all but the customer-key, KMS key and bucket-key headers. */
export function withoutSseHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !SSE_ONLY.includes(name)));
}

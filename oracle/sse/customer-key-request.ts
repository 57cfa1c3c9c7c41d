import type { CustomerKey } from "./customer-key.ts";
import { CUSTOMER_ALGORITHM, customerKeyHeaderNames, type KeyRole } from "./header-names.ts";

/** The SSE-C headers of one role as a request sent them; any of the three may be missing. */
export interface CustomerKeyRequest {
  algorithm?: string;
  key?: string;
  keyMd5?: string;
}

/** The SSE-C headers of `role` in request headers named in lower case; undefined when none of the three is there. */
export function customerKeyRequest(headers: Record<string, string>, role: KeyRole): CustomerKeyRequest | undefined {
  const names = customerKeyHeaderNames(role);
  const sent: CustomerKeyRequest = {};
  if (headers[names.algorithm] !== undefined) sent.algorithm = headers[names.algorithm];
  if (headers[names.key] !== undefined) sent.key = headers[names.key];
  if (headers[names.keyMd5] !== undefined) sent.keyMd5 = headers[names.keyMd5];
  return Object.keys(sent).length === 0 ? undefined : sent;
}

/** The three headers a client sends to use `key` in `role`: AES256, the key's base64 and its key-MD5. */
export function customerKeyHeaders(key: CustomerKey, role: KeyRole = "object"): Record<string, string> {
  const names = customerKeyHeaderNames(role);
  return { [names.algorithm]: CUSTOMER_ALGORITHM, [names.key]: key.base64, [names.keyMd5]: key.keyMd5 };
}

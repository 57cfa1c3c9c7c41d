import fc from "fast-check";
import { CustomerKey } from "../oracle/sse/customer-key.ts";
import { customerKeyHeaders } from "../oracle/sse/customer-key-request.ts";
import { CUSTOMER_KEY_HEADERS, customerKeyHeaderNames, SSE, type KeyRole } from "../oracle/sse/header-names.ts";
import { sseCustomerKey } from "./sse-customer-key.ts";
import { sseMalformedKey } from "./sse-malformed-key.ts";
import { sseOtherAlgorithm } from "./sse-other-algorithm.ts";
import { sseWrongLengthKey } from "./sse-wrong-length-key.ts";

/** What is wrong with a set of SSE-C headers. */
export const SSE_C_FAULTS = [
  "wrong-length-key",
  "other-key-md5",
  "malformed-key",
  "missing-algorithm",
  "missing-key",
  "missing-key-md5",
  "other-algorithm",
  "with-sse-header",
] as const;
export type SseCFault = (typeof SSE_C_FAULTS)[number];

/** SSE-C headers with one fault, named so a counterexample says which. */
export interface SseCFaultyHeaders {
  fault: SseCFault;
  headers: Record<string, string>;
}

export interface SseCHeaderFaultConstraints {
  /** Whose headers: the object's own (default) or the copy source's `x-amz-copy-source-` twins. */
  role?: KeyRole;
  /** The faults to draw from. Default: every fault; `with-sse-header` only for the object's own headers. */
  faults?: readonly SseCFault[];
}

/**
 * The headers of one role carrying one fault each: a key of a wrong length with its own key-MD5; the
 * key-MD5 of another key (one bit apart); a key that is not base64; no algorithm, key or key-MD5; an
 * algorithm other than AES256; or (the object's own headers) `x-amz-server-side-encryption` as well.
 */
export function sseCHeaderFault(constraints: SseCHeaderFaultConstraints = {}): fc.Arbitrary<SseCFaultyHeaders> {
  const { role = "object" } = constraints;
  const names = customerKeyHeaderNames(role);
  const valid = (key: CustomerKey) => customerKeyHeaders(key, role);
  const without = (key: CustomerKey, name: string) => Object.fromEntries(Object.entries(valid(key)).filter(([header]) => header !== name));
  const byFault: Record<SseCFault, fc.Arbitrary<Record<string, string>>> = {
    "wrong-length-key": sseWrongLengthKey().map(valid),
    "other-key-md5": fc.tuple(sseCustomerKey(), fc.nat(255)).map(([key, bit]) => ({ ...valid(key), [names.keyMd5]: withBitFlipped(key, bit).keyMd5 })),
    "malformed-key": sseMalformedKey().map(({ text, intended }) => ({ ...valid(intended), [names.key]: text })),
    "missing-algorithm": sseCustomerKey().map((key) => without(key, names.algorithm)),
    "missing-key": sseCustomerKey().map((key) => without(key, names.key)),
    "missing-key-md5": sseCustomerKey().map((key) => without(key, names.keyMd5)),
    "other-algorithm": fc.tuple(sseCustomerKey(), sseOtherAlgorithm()).map(([key, algorithm]) => ({ ...valid(key), [names.algorithm]: algorithm })),
    "with-sse-header": fc.tuple(sseCustomerKey(), fc.constantFrom("AES256", "aws:kms")).map(([key, sse]) => ({ ...valid(key), [SSE]: sse })),
  };
  const faults = constraints.faults ?? SSE_C_FAULTS.filter((fault) => role === "object" || fault !== "with-sse-header");
  return fc.oneof(...faults.map((fault) => byFault[fault].map((headers) => printedWithoutKey({ fault, headers }))));
}

/** The value, printed (JSON, counterexamples) with the key header's length in place of the key. */
function printedWithoutKey(value: SseCFaultyHeaders): SseCFaultyHeaders {
  const printable = () => ({
    fault: value.fault,
    headers: Object.fromEntries(Object.entries(value.headers).map(([name, text]) => [name, CUSTOMER_KEY_HEADERS.includes(name) ? `<${text.length} characters>` : text])),
  });
  Object.defineProperty(value, "toJSON", { value: printable });
  Object.defineProperty(value, fc.toStringMethod, { value: () => fc.stringify(printable()) });
  return value;
}

/** Another key, one bit apart from `key`: its key-MD5 is never `key`'s. */
function withBitFlipped(key: CustomerKey, bit: number): CustomerKey {
  const raw = Buffer.from(key.raw);
  raw[bit >> 3] = (raw[bit >> 3] ?? 0) ^ (1 << (bit & 7));
  return new CustomerKey(raw);
}

import fc from "fast-check";
import { CUSTOMER_KEY_HEADERS } from "../../../oracle/sse/header-names.ts";
import { sseCHeaderFault, type SseCFaultyHeaders, type SseCHeaderFaultConstraints } from "../../../generators/sse-c-header-fault.ts";

/**
 * One faulty header set of every kind the constraints allow, and of every wrong key length, drawn
 * from `seed`: the examples a header-fault property tries before generated ones, so which faults a
 * store gets wrong decides its outcome, not which the seed happened to draw.
 */
export function everySseCFault(constraints: SseCHeaderFaultConstraints, seed: number): SseCFaultyHeaders[] {
  const seen = new Map<string, SseCFaultyHeaders>();
  for (const value of fc.sample(sseCHeaderFault(constraints), { seed, numRuns: 300 })) {
    const kind = value.fault === "wrong-length-key" ? `${value.fault}:${keyLength(value.headers)}` : value.fault;
    if (!seen.has(kind)) seen.set(kind, value);
  }
  return [...seen.values()];
}

function keyLength(headers: Record<string, string>): number {
  const key = Object.entries(headers).find(([name]) => CUSTOMER_KEY_HEADERS.includes(name))?.[1] ?? "";
  return Buffer.from(key, "base64").length;
}

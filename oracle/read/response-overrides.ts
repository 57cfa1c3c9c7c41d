import { RESPONSE_OVERRIDES, type ResponseOverride } from "./read-request.ts";

export type OverrideOutcome =
  | { result: "headers"; headers: Record<string, string> }
  | { result: "invalid"; argumentName: ResponseOverride; argumentValue: string };

/**
 * The `response-*` parameters replace their headers verbatim (aws-observed get-response-overrides);
 * a value with characters outside ISO-8859-1 is 400 InvalidArgument naming the parameter
 * (get-response-override-non-latin1).
 */
export function resolveOverrides(query: Partial<Record<string, string>>): OverrideOutcome {
  const headers: Record<string, string> = {};
  for (const [parameter, header] of Object.entries(RESPONSE_OVERRIDES) as Array<[ResponseOverride, string]>) {
    const value = query[parameter];
    if (value === undefined) continue;
    if (/[^\u0000-\u00ff]/u.test(value)) return { result: "invalid", argumentName: parameter, argumentValue: value };
    headers[header] = value;
  }
  return { result: "headers", headers };
}

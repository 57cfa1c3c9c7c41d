import type { AwsObservedRow } from "../aws-observed-rows.ts";
import type { RowRequest } from "../row-request.ts";

/** A row's request headers among `modelled`; throws on any other, so nothing the oracle ignores goes unnoticed. */
export function modelledHeaders(row: AwsObservedRow, request: RowRequest, modelled: readonly string[]): Record<string, string> {
  const unmodelled = Object.keys(request.headers).filter((name) => !modelled.includes(name));
  if (unmodelled.length > 0) throw new Error(`${row.id}: request headers ${unmodelled.join(", ")} are not modelled`);
  return request.headers;
}

/** Throws on a query parameter (matched without case) outside `modelled`. */
export function refuseUnmodelledQuery(row: AwsObservedRow, request: RowRequest, modelled: readonly string[]): void {
  const known = modelled.map((name) => name.toLowerCase());
  const unmodelled = Object.keys(request.query).filter((name) => !known.includes(name.toLowerCase()));
  if (unmodelled.length > 0) throw new Error(`${row.id}: query parameters ${unmodelled.join(", ")} are not modelled`);
}

import { CONDITIONAL_HEADERS, RESPONSE_OVERRIDES } from "../../oracle/read/read-request.ts";
import type { AwsObservedRow } from "./aws-observed-rows.ts";
import { rowRequest } from "./row-request.ts";
import { requestValueAt } from "./row-request-values.ts";
import type { ReadableObject, ReadRequest } from "../../oracle/read/decide-read.ts";

const READ_HEADERS: readonly string[] = [...CONDITIONAL_HEADERS, "range"];
const READ_PARAMETERS: readonly string[] = [...Object.keys(RESPONSE_OVERRIDES), "partNumber", "versionId"];
/** Asks for checksum headers, which belong to another part of the specification. */
const CHECKSUM_MODE = "x-amz-checksum-mode";

/** A GetObject/HeadObject row's request as the read oracle takes it. Throws on a header or parameter it does not model. */
export function readRequestOf(row: AwsObservedRow, object: ReadableObject | undefined, now: number): ReadRequest {
  const request = rowRequest(row);
  const headers: Record<string, string> = {};
  for (const [name, text] of Object.entries(request.headers)) {
    if (name === CHECKSUM_MODE) continue;
    if (!READ_HEADERS.includes(name)) throw new Error(`${row.id}: request header ${name} is not modelled`);
    headers[name] = requestValueAt(text, object, now);
  }
  const unmodelled = Object.keys(request.query).filter((name) => !READ_PARAMETERS.includes(name));
  if (unmodelled.length > 0) throw new Error(`${row.id}: query parameters ${unmodelled.join(", ")} are not modelled`);
  return { method: row.operation === "HeadObject" ? "HEAD" : "GET", headers, query: request.query };
}

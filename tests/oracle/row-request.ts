import type { AwsObservedRow } from "./aws-observed-rows.ts";
import { headerValueOf } from "./recorded-text.ts";

/** A row's request as the oracle takes it. Header names lower-case, values without notes. */
export interface RowRequest {
  /** From the path, placeholder and all (`<missing-bucket>`); a stand-in when the row gives no path. */
  bucket: string;
  key: string;
  /** False when the row gives no path and `key` is our stand-in. */
  keyRecorded: boolean;
  headers: Record<string, string>;
  query: Record<string, string>;
}

const STAND_IN_BUCKET = "recorded-bucket";
const STAND_IN_KEY = "recorded-key";

export function rowRequest(row: AwsObservedRow): RowRequest {
  const [bucket, ...keyParts] = (row.request.path ?? "").replace(/^\//, "").split("/");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(row.request.headers ?? {})) headers[name.toLowerCase()] = headerValueOf(value);
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(row.request.query ?? {})) query[name] = String(value); // partNumber is a JSON number
  const key = keyParts.join("/");
  return {
    bucket: bucket || STAND_IN_BUCKET,
    key: key || STAND_IN_KEY,
    keyRecorded: key !== "",
    headers,
    query,
  };
}

import { STORED_HEADER_NAMES, type ObjectState, type StoredHeaderName, type StoredHeaders } from "../../oracle/stored-object.ts";
import type { AwsObservedRow } from "./aws-observed-rows.ts";
import { bodyTextOf } from "./recorded-text.ts";
import { objectBodyOf } from "./row-object-body.ts";
import { rowRequest } from "./row-request.ts";

/** The read oracle's objects live in a bucket that was never versioned. */
const NEVER_VERSIONED = "never versioned";

/** The body a PutObject row sends: in the request, or described in its setup. */
export function putBodyOf(row: AwsObservedRow): Buffer {
  const text = row.request.body ?? row.setup.body;
  if (typeof text !== "string") throw new Error(`${row.id}: no body to send`);
  return Buffer.from(bodyTextOf(text));
}

/** The object a PutObject row stores: its body, stored headers and `x-amz-meta-*`; any other header is refused. */
export function objectStoredBy(row: AwsObservedRow): ObjectState {
  const request = rowRequest(row);
  const headers: StoredHeaders = {};
  const metadata: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (isStoredHeader(name)) headers[name] = value;
    else if (name.startsWith("x-amz-meta-")) metadata[name.slice("x-amz-meta-".length)] = value;
    else if (name !== "content-md5") throw new Error(`${row.id}: request header ${name} is not modelled`);
  }
  return { key: request.key, body: putBodyOf(row), headers, metadata };
}

/**
 * The object under the requested key before a GetObject/HeadObject row, or undefined when there is
 * none. Reads the setup forms the in-scope rows use and refuses any other.
 */
export function objectBefore(row: AwsObservedRow, rows: AwsObservedRow[]): ObjectState | undefined {
  const { key, query } = rowRequest(row);
  const { bucket, object, storedContentType } = row.setup;
  if (bucket !== undefined && bucket !== "exists" && bucket !== NEVER_VERSIONED) throw new Error(`${row.id}: bucket ${JSON.stringify(bucket)} is not modelled`);
  // Without it a versionId's answer depends on versioning the row does not record.
  if (query.versionId !== undefined && bucket !== NEVER_VERSIONED) throw new Error(`${row.id}: a versionId, but the bucket is not recorded as never versioned`);
  if (row.setup.key === "absent" || object === "key does not exist") return undefined;
  if (typeof object === "string") {
    const existingKey = /^key "([^"]+)" exists$/.exec(object)?.[1];
    if (existingKey !== undefined && existingKey !== key) return undefined; // keys are case-sensitive
    const storingRowId = /^stored by (\S+) row$/.exec(object)?.[1];
    const storingRow = rows.find((candidate) => candidate.id === storingRowId);
    if (storingRow) return { ...objectStoredBy(storingRow), key };
  }
  const headers: StoredHeaders = typeof storedContentType === "string" ? { "content-type": storedContentType } : {};
  return { key, body: objectBodyOf(row), headers, metadata: {} };
}

function isStoredHeader(name: string): name is StoredHeaderName {
  return (STORED_HEADER_NAMES as readonly string[]).includes(name);
}

/** The headers PutObject stores and GetObject/HeadObject give back, by wire name (lower-case). */
export const STORED_HEADER_NAMES = [
  "content-type",
  "cache-control",
  "content-disposition",
  "content-encoding",
  "content-language",
  "expires",
  "x-amz-website-redirect-location",
] as const;

export type StoredHeaderName = (typeof STORED_HEADER_NAMES)[number];
export type StoredHeaders = Partial<Record<StoredHeaderName, string>>;

/** An object as the client wrote it: what the model knows before asking the target. */
export interface ObjectState {
  key: string;
  body: Buffer;
  headers: StoredHeaders;
  /** User metadata: names without the `x-amz-meta-` prefix, lower-case. */
  metadata: Record<string, string>;
}

/** Content-Type S3 gives an object stored without one. */
export const DEFAULT_CONTENT_TYPE = "binary/octet-stream";

/** The request headers that store this object with PutObject. */
export function putHeaders(object: Pick<ObjectState, "headers" | "metadata">): Record<string, string> {
  const headers: Record<string, string> = { ...object.headers };
  for (const [name, value] of Object.entries(object.metadata)) headers[`x-amz-meta-${name}`] = value;
  return headers;
}

/** The conditional headers of a read, by wire name. */
export const CONDITIONAL_HEADERS = ["if-match", "if-unmodified-since", "if-none-match", "if-modified-since"] as const;
export type ConditionalHeader = (typeof CONDITIONAL_HEADERS)[number];

/** The `response-*` query parameters of GetObject and the header each replaces. */
export const RESPONSE_OVERRIDES = {
  "response-content-type": "content-type",
  "response-content-language": "content-language",
  "response-expires": "expires",
  "response-cache-control": "cache-control",
  "response-content-disposition": "content-disposition",
  "response-content-encoding": "content-encoding",
} as const;
export type ResponseOverride = keyof typeof RESPONSE_OVERRIDES;

/** A GetObject or HeadObject request, as far as the read oracle looks at it. */
export interface ReadRequest {
  method: "GET" | "HEAD";
  headers: Partial<Record<ConditionalHeader | "range" | "if-range", string>>;
  query: Partial<Record<ResponseOverride | "partNumber" | "versionId", string>>;
}

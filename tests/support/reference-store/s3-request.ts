/** A request as the store's operations see it: path-style bucket and key, decoded. */
export interface S3Request {
  method: string;
  /** Undefined for the service (`GET /`). */
  bucket?: string;
  /** Undefined for a bucket request; never empty. */
  key?: string;
  /** Decoded query parameters; a parameter without a value is "". */
  query: Record<string, string>;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Buffer;
  /** The signing region from the Authorization header's scope, else us-east-1. */
  region: string;
}

/** Splits a raw request target (`/bucket/a%20key?uploads`) into bucket, key and query, or says why it cannot. */
export function parseTarget(target: string): Pick<S3Request, "bucket" | "key" | "query"> | undefined {
  const queryStart = target.indexOf("?");
  const path = queryStart < 0 ? target : target.slice(0, queryStart);
  const search = queryStart < 0 ? "" : target.slice(queryStart + 1);
  try {
    const query: Record<string, string> = {};
    for (const pair of search.split("&").filter(Boolean)) {
      const equals = pair.indexOf("=");
      const name = decodeURIComponent(equals < 0 ? pair : pair.slice(0, equals));
      query[name] = equals < 0 ? "" : decodeURIComponent(pair.slice(equals + 1));
    }
    // No URL normalisation: `.`, `..` and `//` are part of a key.
    const rest = path.replace(/^\//, "");
    const slash = rest.indexOf("/");
    const bucket = decodeURIComponent(slash < 0 ? rest : rest.slice(0, slash));
    const key = slash < 0 ? "" : decodeURIComponent(rest.slice(slash + 1));
    return { ...(bucket ? { bucket } : {}), ...(key ? { key } : {}), query };
  } catch {
    return undefined;
  }
}

/** The region a SigV4 Authorization header was signed for. */
export function signingRegion(authorization: string | undefined): string {
  return /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(authorization ?? "")?.[1] ?? "us-east-1";
}

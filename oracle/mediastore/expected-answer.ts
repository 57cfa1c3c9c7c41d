import type { HeaderRule } from "../expected-answer.ts";

/** A header rule of a MediaStore answer: an S3 header rule, or one of a few exact values (an ETag with or without quotes). */
export type MediaStoreHeaderRule = HeaderRule | { oneOf: string[] };

/**
 * What the documentation says a MediaStore Data answer must be. Only what is listed is checked.
 * `rule` names the rule (in `oracle/rules/mediastore-rules.ts`) that decided the answer; `fieldRules`
 * names another rule for a field that one decides (keys: a header name in lower case, `json:<Member>`,
 * `errorType`, `body`).
 */
export interface ExpectedMediaStoreAnswer {
  rule: string;
  fieldRules?: Record<string, string>;
  /** An exact status, or "4xx" where AWS documents a rejection but no particular code. */
  status: number | "4xx";
  /** restJson1 error type (`x-amzn-ErrorType` or `__type`). */
  errorType?: string;
  headers?: Record<string, MediaStoreHeaderRule>;
  /** Members the JSON body must have, each equal (or matching a pattern); the body must then be a JSON document. */
  json?: Record<string, string | number | RegExp>;
  /** The body must be a JSON document (restJson1), whatever its members (a ListItems page). */
  jsonDocument?: true;
  /** The body's length and SHA-256, for bodies too large to compare byte by byte. */
  bodyLength?: number;
  bodySha256?: string;
  body?: Buffer;
}

/** An ETag as MediaStore's API model describes it: 1 to 64 hex digits (quotes tolerated on the header). */
export const MEDIASTORE_ETAG = /^"?[0-9A-Fa-f]{1,64}"?$/;

/** A header rule: the exact value, `null` for "absent", or a pattern the value must match. */
export type HeaderRule = string | null | RegExp;

/** What the specification says an answer must be. Only what is listed is checked. */
export interface ExpectedAnswer {
  status: number;
  /** `<Code>` of the error body; not checked on HEAD, whose errors have no body. */
  code?: string;
  /** Exact `<Error>` children besides Code. */
  errorFields?: Record<string, string>;
  headers?: Record<string, HeaderRule>;
  /** Exact body bytes. */
  body?: Buffer;
}

/** IMF-fixdate (RFC 9110 5.6.7), the form S3 uses for Last-Modified: `Sun, 06 Nov 1994 08:49:37 GMT`. */
export const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

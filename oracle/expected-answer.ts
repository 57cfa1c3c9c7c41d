/** A header rule: the exact value, `null` for "absent", a pattern the value must match, or "absent or exactly". */
export type HeaderRule = string | null | RegExp | { absentOr: string };

/**
 * What the specification says an answer must be. Only what is listed is checked. `rule` names the
 * rule (in `oracle/rules/`) that decided the answer; `fieldRules` names another rule for a field that
 * one decides (keys: a header name in lower case, `error:<Name>`, `result:<Name>`, `body`).
 */
export interface ExpectedAnswer {
  rule: string;
  fieldRules?: Record<string, string>;
  /** The status, or the statuses the specification leaves open. */
  status: number | number[];
  /** `<Code>` of the error body; not checked on HEAD, whose errors have no body. */
  code?: string;
  /** Exact `<Error>` children besides Code. */
  errorFields?: Record<string, string>;
  headers?: Record<string, HeaderRule>;
  /** Exact body bytes. */
  body?: Buffer;
  /** The root element of a success document (`CopyObjectResult`…) and rules for its children. */
  result?: { root: string; fields: Record<string, HeaderRule> };
  /**
   * Other answers the specification allows as well (a Range it lets a server ignore or refuse, an
   * If-Range date it lets a server take as strong or weak); an answer equal to any of them passes.
   */
  otherwise?: ExpectedAnswer[];
}

/** `change` applied to the answer and to each other answer it allows, so a filter holds for all of them. */
export function eachAllowed(answer: ExpectedAnswer, change: (one: ExpectedAnswer) => ExpectedAnswer): ExpectedAnswer {
  const { otherwise, ...first } = answer;
  const changed = change(first);
  return otherwise ? { ...changed, otherwise: otherwise.map(change) } : changed;
}

/** ISO-8601 with milliseconds, as S3 writes `<LastModified>` in XML results: `2023-11-15T12:02:40.000Z`. */
export const XML_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** IMF-fixdate (RFC 9110 5.6.7), the form S3 uses for Last-Modified: `Sun, 06 Nov 1994 08:49:37 GMT`. */
export const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

import { formatHttpDate, type HttpDateForm } from "../../../oracle/http-date.ts";
import type { ConditionalHeader } from "../../../oracle/read/read-request.ts";
import type { ConditionTarget } from "../../../oracle/read/decide-read.ts";

const DAY = 86_400;
const DATE_FORMS: HttpDateForm[] = ["imf-fixdate", "rfc-850", "asctime"];
const MALFORMED_DATES = ["yesterday", "2024-01-01T00:00:00Z", "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT", "Sun, 06 Nov 1994", "0", ""];

/**
 * One value of every form a single conditional header is generated in, holding and failing: the
 * examples its property sends first on every run, so each form's finding appears whatever the seed.
 */
export function conditionFormExamples(header: ConditionalHeader, object: ConditionTarget, now: number): string[] {
  const bare = object.etag.replace(/"/g, "");
  switch (header) {
    case "if-match":
      return [`"${bare}"`, bare, "*", `"etag123", "${bare}"`, '"etag123"', "etag123", `W/"${bare}"`, '"etag123", "abc"'];
    case "if-none-match":
      return ['"etag123"', "etag123", 'W/"etag123"', '"etag123", "abc"', `"${bare}"`, bare, `W/"${bare}"`, "*", `"etag123", "${bare}"`];
    default: {
      const at = (seconds: number) => DATE_FORMS.map((form) => formatHttpDate(seconds, form));
      return [...at(object.lastModified - DAY), ...at(object.lastModified), ...at(now + 2 * DAY), ...MALFORMED_DATES, new Date(object.lastModified * 1000).toISOString()];
    }
  }
}

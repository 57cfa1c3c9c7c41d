import fc from "fast-check";
import { formatHttpDate } from "../oracle/http-date.ts";
import { otherEtag } from "./other-etag.ts";

/** The forms of an If-Range value, against an object's ETag and Last-Modified. */
export const IF_RANGE_FORMS = ["matching-etag", "other-etag", "weak-etag", "matching-date", "earlier-date", "later-date", "not-a-validator"] as const;
export type IfRangeForm = (typeof IF_RANGE_FORMS)[number];

const DAY = 86_400;

/**
 * An If-Range value of one of `forms` for an object with this ETag (quoted) and Last-Modified (epoch
 * seconds): the ETag itself, another strong tag, the ETag marked weak, Last-Modified as an
 * IMF-fixdate, a date earlier or later by a second to ten years, or a value that is neither an entity
 * tag nor an HTTP-date.
 */
export function ifRangeValue(object: { etag: string; lastModified: number }, forms: readonly IfRangeForm[] = IF_RANGE_FORMS): fc.Arbitrary<string> {
  const bare = object.etag.replace(/"/g, "");
  const at = (seconds: number) => formatHttpDate(seconds, "imf-fixdate");
  const shift = fc.integer({ min: 1, max: 3650 * DAY });
  const byForm: Record<IfRangeForm, fc.Arbitrary<string>> = {
    "matching-etag": fc.constant(`"${bare}"`),
    "other-etag": otherEtag(object.etag).map((tag) => `"${tag}"`),
    "weak-etag": fc.constant(`W/"${bare}"`),
    "matching-date": fc.constant(at(object.lastModified)),
    "earlier-date": shift.map((back) => at(object.lastModified - back)),
    "later-date": shift.map((ahead) => at(object.lastModified + ahead)),
    "not-a-validator": fc.constantFrom("yesterday", "*", "2024-01-01T00:00:00Z", new Date(object.lastModified * 1000).toISOString(), "Sun, 32 Nov 1994 08:49:37 GMT"),
  };
  return fc.oneof(...forms.map((form) => byForm[form]));
}

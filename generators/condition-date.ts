import fc from "fast-check";
import { formatHttpDate } from "../oracle/http-date.ts";

/** Where a condition's date lies: before Last-Modified, equal to it, in the future, or not a date at all. */
export type DateRelation = "before" | "equal" | "future" | "malformed";

const DAY = 86_400;
const FORMS = ["imf-fixdate", "rfc-850", "asctime"] as const;

/**
 * An If-Modified-Since / If-Unmodified-Since value relative to an object's Last-Modified (epoch
 * seconds), in one of the three HTTP-date forms. "Future" is at least a day past `now`, so clock
 * skew between harness and target cannot move it; there is no "after but past" because a fresh
 * object has no such instant without waiting.
 */
export function conditionDate(lastModified: number, now: number, relation: DateRelation): fc.Arbitrary<string> {
  const form = fc.constantFrom(...FORMS);
  switch (relation) {
    case "before":
      return fc.tuple(fc.integer({ min: 1, max: 3650 * DAY }), form).map(([back, shape]) => formatHttpDate(lastModified - back, shape));
    case "equal":
      return form.map((shape) => formatHttpDate(lastModified, shape));
    case "future":
      return fc.tuple(fc.integer({ min: DAY, max: 3650 * DAY }), form).map(([ahead, shape]) => formatHttpDate(now + ahead, shape));
    case "malformed":
      return fc.constantFrom(
        "yesterday",
        "2024-01-01T00:00:00Z",
        new Date(lastModified * 1000).toISOString(),
        "Sun, 32 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 25:49:37 GMT",
        "Sun, 06 Nov 1994",
        "0",
        "",
      );
  }
}

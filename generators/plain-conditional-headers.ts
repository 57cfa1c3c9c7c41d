import fc from "fast-check";
import { formatHttpDate } from "../oracle/http-date.ts";
import { CONDITIONAL_HEADERS } from "../oracle/read/read-request.ts";
import type { ConditionalHeaderValues } from "./conditional-headers.ts";
import { otherEtag } from "./other-etag.ts";
import type { ConditionTarget } from "../oracle/read/decide-read.ts";

const DAY = 86_400;

/**
 * The four conditional headers, each absent, holding or failing, in their plainest forms only: a
 * quoted tag (the object's or another), an IMF-fixdate before or equal to Last-Modified. The order of
 * evaluation is what the combination properties check; the special forms (weak, `*`, lists, unquoted,
 * obsolete, malformed and future dates) have single-header properties of their own, so a store that
 * trips on one form is named by that form's rule, not by whichever combination the seed drew.
 */
export function plainConditionalHeaders(object: ConditionTarget): fc.Arbitrary<ConditionalHeaderValues> {
  const bare = object.etag.replace(/"/g, "");
  const other = otherEtag(object.etag).map((tag) => `"${tag}"`);
  const before = fc.integer({ min: 1, max: 3650 }).map((days) => formatHttpDate(object.lastModified - days * DAY, "imf-fixdate"));
  const equal = fc.constant(formatHttpDate(object.lastModified, "imf-fixdate"));
  const values = {
    "if-match": { holds: fc.constant(`"${bare}"`), fails: other },
    "if-unmodified-since": { holds: equal, fails: before },
    "if-none-match": { holds: other, fails: fc.constant(`"${bare}"`) },
    "if-modified-since": { holds: before, fails: equal },
  };
  const one = (header: (typeof CONDITIONAL_HEADERS)[number]) =>
    fc.oneof(fc.constant(undefined), values[header].holds, values[header].fails);
  return fc
    .tuple(...CONDITIONAL_HEADERS.map(one))
    .map((chosen) => Object.fromEntries(CONDITIONAL_HEADERS.flatMap((header, index) => (chosen[index] === undefined ? [] : [[header, chosen[index]!]]))));
}

import fc from "fast-check";
import type { ResponseOverride } from "../oracle/read/read-request.ts";
import { httpDate } from "./http-date.ts";

/**
 * A non-empty set of `response-*` overrides with printable ASCII values of the shapes each header
 * takes (media types with parameters, directives, quoted file names, codings, language tags, dates).
 */
export function responseOverrideValues(): fc.Arbitrary<Partial<Record<ResponseOverride, string>>> {
  return fc
    .record(
      {
        "response-content-type": fc.constantFrom("image/jpeg", "text/plain; charset=utf-8", "application/x-custom+json; v=1"),
        "response-content-language": fc.constantFrom("de-DE", "en", "fr, en;q=0.5"),
        "response-expires": httpDate(),
        "response-cache-control": fc.constantFrom("max-age=74", "no-store", "private, no-cache=\"set-cookie\""),
        "response-content-disposition": fc.constantFrom('attachment; filename="foo.jpg"', "inline", 'attachment; filename="a b&c=d.txt"'),
        "response-content-encoding": fc.constantFrom("identity", "gzip", "x-custom"),
      },
      { requiredKeys: [] },
    )
    .filter((overrides) => Object.keys(overrides).length > 0);
}

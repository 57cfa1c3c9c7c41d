import fc from "fast-check";
import type { StoredHeaders } from "../oracle/stored-object.ts";
import { httpDate } from "./http-date.ts";

/**
 * The headers PutObject stores, each present or not, with values of the shapes found in practice:
 * media types with parameters, cache directives, dispositions with quoted file names, coding lists,
 * language tags, IMF-fixdate Expires and the three forms of website redirect.
 */
export function storedHeaders(): fc.Arbitrary<StoredHeaders> {
  return fc.record(
    {
      "content-type": fc.constantFrom(
        "text/plain",
        "text/html; charset=utf-8",
        "application/json",
        "application/octet-stream",
        "image/png",
        "application/vnd.example+json; version=2",
      ),
      "cache-control": fc.constantFrom("no-cache", "max-age=3600", "private, max-age=0, must-revalidate", "public, immutable"),
      "content-disposition": fc.constantFrom(
        "inline",
        "attachment",
        'attachment; filename="report 2026.pdf"',
        "attachment; filename*=UTF-8''na%C3%AFve.txt",
      ),
      "content-encoding": fc.constantFrom("gzip", "br", "identity", "deflate", "gzip, br"),
      "content-language": fc.constantFrom("en", "de-DE", "mi, en", "zh-Hant-TW"),
      expires: httpDate(),
      "x-amz-website-redirect-location": fc.constantFrom("/index.html", "/a/b%20c.html", "https://example.com/page", "http://example.org/"),
    },
    { requiredKeys: [] },
  );
}

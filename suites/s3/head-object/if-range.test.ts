import { conformance } from "../../../fixtures/s3/test.ts";
import { ifRangeProperty, ifRangeWithoutRangeProperty } from "../../../checks/s3/read/if-range-properties.ts";

conformance(
  {
    id: "s3.head-object.conditional.if-range",
    protocol: "s3",
    operation: "HeadObject",
    feature: "conditional",
    requirement: "MUST",
    source: "rfc:9110#13.1.5",
    title: "HeadObject with If-Range and a Range applies the Range only for the strong ETag (or Last-Modified exactly); weak tags, other tags and other dates get the whole object",
  },
  ifRangeProperty("HEAD"),
);

conformance(
  {
    id: "s3.head-object.conditional.if-range-without-range",
    protocol: "s3",
    operation: "HeadObject",
    feature: "conditional",
    requirement: "MUST",
    source: "rfc:9110#13.1.5",
    title: "HeadObject ignores If-Range without a Range and answers as if it were absent",
  },
  ifRangeWithoutRangeProperty("HEAD"),
);

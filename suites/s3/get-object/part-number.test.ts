import { conformance } from "../../../fixtures/test.ts";
import { partNumberWithRangeProperty, singlePartNumberProperty } from "../shared/read-properties.ts";

conformance(
  {
    id: "s3.get-object.part-number.single-part-object",
    protocol: "s3",
    operation: "GetObject",
    feature: "part-number",
    requirement: "MUST",
    source: "aws-observed:get-partnumber-2-non-multipart",
    title: "GetObject partNumber=1 of a single-part object is 206 with the whole object; a higher part is 416 InvalidPartNumber",
  },
  singlePartNumberProperty("GET"),
);

conformance(
  {
    id: "s3.get-object.part-number.with-range",
    protocol: "s3",
    operation: "GetObject",
    feature: "part-number",
    requirement: "MUST",
    source: "aws-observed:get-partnumber-with-range",
    title: "GetObject with both partNumber and Range is 400 InvalidRequest",
  },
  partNumberWithRangeProperty("GET"),
);

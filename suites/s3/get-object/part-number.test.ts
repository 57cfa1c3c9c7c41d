import { conformance } from "../../../fixtures/s3/test.ts";
import { multipartPartNumberProperty, partNumberWithRangeProperty, singlePartNumberProperty } from "../../../checks/s3/read/read-properties.ts";

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

conformance(
  {
    id: "s3.get-object.part-number.multipart-object",
    protocol: "s3",
    operation: "GetObject",
    feature: "part-number",
    requirement: "MUST",
    source: "aws-observed:get-partnumber-2",
    title: "GetObject partNumber=N of a two-part multipart object is 206 with that part, its Content-Range and x-amz-mp-parts-count 2; a part past the count is 416",
  },
  multipartPartNumberProperty("GET"),
);

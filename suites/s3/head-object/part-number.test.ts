import { conformance } from "../../../fixtures/s3/test.ts";
import { multipartPartNumberProperty, partNumberWithRangeProperty, singlePartNumberProperty } from "../../../checks/s3/read/read-properties.ts";

conformance(
  {
    id: "s3.head-object.part-number.single-part-object",
    protocol: "s3",
    operation: "HeadObject",
    feature: "part-number",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "HeadObject partNumber=1 of a single-part object is 206 with the whole object; a higher part is 416 InvalidPartNumber",
  },
  singlePartNumberProperty("HEAD"),
);

conformance(
  {
    id: "s3.head-object.part-number.with-range",
    protocol: "s3",
    operation: "HeadObject",
    feature: "part-number",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "HeadObject with both partNumber and Range is 400 InvalidRequest",
  },
  partNumberWithRangeProperty("HEAD"),
);

conformance(
  {
    id: "s3.head-object.part-number.multipart-object",
    protocol: "s3",
    operation: "HeadObject",
    feature: "part-number",
    requirement: "MUST",
    source: "aws-observed:get-partnumber-2",
    title: "HeadObject partNumber=N of a two-part multipart object is 206 with that part, its Content-Range and x-amz-mp-parts-count 2; a part past the count is 416",
  },
  multipartPartNumberProperty("HEAD"),
);

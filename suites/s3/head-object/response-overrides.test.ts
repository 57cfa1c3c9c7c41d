import { conformance } from "../../../fixtures/s3/test.ts";
import { overridesProperty } from "../../../checks/s3/read/read-properties.ts";

conformance(
  {
    id: "s3.head-object.response-overrides.replace-headers",
    protocol: "s3",
    operation: "HeadObject",
    feature: "response-overrides",
    requirement: "SHOULD",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html",
    title: "HeadObject applies the response-* parameters as GetObject does",
  },
  overridesProperty("HEAD"),
);

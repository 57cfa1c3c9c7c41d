import { GeneratedBody } from "../../../transport/body-stream.ts";
import { expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { answeredEtag, putMediaObject } from "../../../fixtures/mediastore/operations.ts";
import type { MediaStoreCaseContext } from "../../../fixtures/mediastore/test.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { MIB, STANDARD_UPLOAD_LIMIT, STREAMING_UPLOAD_LIMIT, type UploadAvailability } from "../../../oracle/mediastore/limits.ts";
import { decideGet, decideUploadOfSize, NOTHING_STORED } from "../../../oracle/mediastore/decide-mediastore.ts";

// "25 MB" and "10 MB" read as MiB: AWS enforces S3's documented "5 MB" part minimum as 5,242,880 bytes.
const SOURCE = "aws-docs:https://docs.aws.amazon.com/mediastore/latest/ug/objects-upload.html";
/** Uploads of tens of MiB go one at a time: bound by the target either way, and lighter on memory. */
const ONE_AT_A_TIME = { sequential: true };

/** Sizes at and just under the limit are stored and read back byte for byte (compared by SHA-256). */
function withinLimit(availability: UploadAvailability, sizes: number[]) {
  return async ({ ms, rootPath }: MediaStoreCaseContext): Promise<void> => {
    for (const size of sizes) {
      const body = new GeneratedBody(size, size % 65_536);
      const path = rootPath(`within-${size}.bin`);
      const put = await putMediaObject(ms, path, body, { availability });
      expectMediaStore(put, decideUploadOfSize(size, availability, body.sha256()), `${availability} PutObject of ${size} bytes`);
      expectMediaStore(await ms.send({ method: "GET", path }), decideGet({ size, sha256: body.sha256(), etag: answeredEtag(put) }), `GetObject of ${size} bytes`);
      await ms.send({ method: "DELETE", path });
    }
  };
}

/** Sizes over the limit are refused with some 4xx (AWS names none) and leave no object behind. */
function overLimit(availability: UploadAvailability, sizes: number[]) {
  return async ({ ms, rootPath, task }: MediaStoreCaseContext): Promise<void> => {
    for (const size of sizes) {
      const path = rootPath(`over-${size}.bin`);
      const body = new GeneratedBody(size, 7);
      const put = await putMediaObject(ms, path, body, { availability });
      expectMediaStore(put, decideUploadOfSize(size, availability, body.sha256()), `${availability} PutObject of ${size} bytes`);
      (task.meta.observations ??= []).push(`${availability} upload of ${size} bytes answered ${put.status}${put.errorType ? ` ${put.errorType}` : ""}`);
      expectMediaStore(await ms.send({ method: "HEAD", path }), NOTHING_STORED, `DescribeObject after the refused ${size}-byte upload`);
    }
  };
}

mediastoreConformance(
  {
    id: "mediastore-data.put-object.size-limits.standard-at-limit",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "size-limits",
    requirement: "MUST",
    source: SOURCE,
    title: "Standard uploads of 25 MiB and 25 MiB - 1 byte are stored and read back byte for byte",
  },
  withinLimit("standard", [STANDARD_UPLOAD_LIMIT - 1, STANDARD_UPLOAD_LIMIT]),
  ONE_AT_A_TIME,
);

mediastoreConformance(
  {
    id: "mediastore-data.put-object.size-limits.standard-over-limit",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "size-limits",
    requirement: "MUST",
    source: SOURCE,
    title: "Standard uploads of 25 MiB + 1 byte and of 26 MiB are refused with a 4xx and leave no object",
  },
  overLimit("standard", [STANDARD_UPLOAD_LIMIT + 1, 26 * MIB]),
  ONE_AT_A_TIME,
);

mediastoreConformance(
  {
    id: "mediastore-data.put-object.size-limits.streaming-at-limit",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "size-limits",
    requirement: "MUST",
    source: SOURCE,
    title: "Streaming (chunked) uploads of 10 MiB and 10 MiB - 1 byte are stored and read back byte for byte",
  },
  withinLimit("streaming", [STREAMING_UPLOAD_LIMIT - 1, STREAMING_UPLOAD_LIMIT]),
  ONE_AT_A_TIME,
);

mediastoreConformance(
  {
    id: "mediastore-data.put-object.size-limits.streaming-over-limit",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "size-limits",
    requirement: "MUST",
    source: SOURCE,
    title: "Streaming (chunked) uploads of 10 MiB + 1 byte and of 11 MiB are refused with a 4xx and leave no object",
  },
  overLimit("streaming", [STREAMING_UPLOAD_LIMIT + 1, 11 * MIB]),
  ONE_AT_A_TIME,
);

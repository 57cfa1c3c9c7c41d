import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { rowRequest } from "../row-request.ts";
import type { MultipartReplay } from "./multipart-replay.ts";
import { modelledHeaders } from "./row-modelled-request.ts";
import { REPLAYED_UPLOAD_ID } from "./row-upload-id.ts";
import { decideCreateMultipartUpload } from "../../../oracle/multipart/decide-multipart.ts";

/** A CreateMultipartUpload row; its path carries the `?uploads` subresource after the key. */
export function replayCreate(row: AwsObservedRow): MultipartReplay {
  const request = rowRequest(row);
  modelledHeaders(row, request, []);
  const key = request.key.replace(/\?uploads$/, "");
  return { expected: decideCreateMultipartUpload(request.bucket, key), uploadId: REPLAYED_UPLOAD_ID, etagFromRecordedBytes: true };
}

import { currentEtag } from "../../../oracle/multipart/complete-conditions.ts";
import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { rowRequest } from "../row-request.ts";
import type { MultipartReplay } from "./multipart-replay.ts";
import { keyHistoryOf } from "./row-key-history.ts";
import { listedPartsOf } from "./row-listed-parts.ts";
import { modelledHeaders, refuseUnmodelledQuery } from "./row-modelled-request.ts";
import { requestUploadId } from "./row-upload-id.ts";
import { uploadOf } from "./row-upload.ts";
import { type CompleteMultipartUploadRequest, decideCompleteMultipartUpload } from "../../../oracle/multipart/decide-multipart.ts";

const CURRENT_ETAG = "<current ETag>";

/** A CompleteMultipartUpload row through decideCompleteMultipartUpload, in the key history its setup describes. */
export function replayComplete(row: AwsObservedRow): MultipartReplay {
  const request = rowRequest(row);
  const sent = modelledHeaders(row, request, ["if-match", "if-none-match", "x-amz-mp-object-size"]);
  refuseUnmodelledQuery(row, request, ["uploadId"]);
  const history = keyHistoryOf(row);
  const headers: CompleteMultipartUploadRequest["headers"] = {};
  for (const [name, text] of Object.entries(sent) as Array<[keyof typeof headers, string]>) {
    headers[name] = text === CURRENT_ETAG ? (currentEtag(history) ?? "") : text;
  }
  const uploadId = requestUploadId(request);
  const rowUpload = uploadOf(row, request);
  const parts = listedPartsOf(row, rowUpload);
  const { upload } = rowUpload;
  const decision = decideCompleteMultipartUpload(upload ? [upload] : [], { bucket: request.bucket, key: request.key, uploadId, parts, headers }, history);
  return { expected: decision.answer, uploadId, etagFromRecordedBytes: rowUpload.bytesRecorded };
}

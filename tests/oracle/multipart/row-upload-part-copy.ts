import { COPY_SOURCE_CONDITIONS } from "../../../oracle/copy/copy-request.ts";
import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { REQUEST_TIME } from "../row-clock.ts";
import { requestValueAt } from "../row-request-values.ts";
import { rowRequest } from "../row-request.ts";
import type { MultipartReplay } from "./multipart-replay.ts";
import { copySourceOf } from "./row-copy-source.ts";
import { modelledHeaders, refuseUnmodelledQuery } from "./row-modelled-request.ts";
import { queryValue, requestUploadId } from "./row-upload-id.ts";
import { uploadOf } from "./row-upload.ts";
import { decideUploadPartCopy, type UploadPartCopyRequest } from "../../../oracle/multipart/decide-multipart.ts";

/** Names the source, which the setup describes. */
const COPY_SOURCE = "x-amz-copy-source";
const RANGE = "x-amz-copy-source-range";
/** Rows without a part number in the query copied into part 1. */
const UNRECORDED_PART_NUMBER = "1";

/** An UploadPartCopy row through decideUploadPartCopy, `<E>` standing for the source's ETag. */
export function replayUploadPartCopy(row: AwsObservedRow): MultipartReplay {
  const request = rowRequest(row);
  const sent = modelledHeaders(row, request, [COPY_SOURCE, RANGE, ...COPY_SOURCE_CONDITIONS]);
  refuseUnmodelledQuery(row, request, ["uploadId", "partNumber"]);
  const source = copySourceOf(row);
  const headers: UploadPartCopyRequest["headers"] = {};
  for (const name of [RANGE, ...COPY_SOURCE_CONDITIONS] as const) {
    const text = sent[name];
    if (text !== undefined) headers[name] = text === "<E>" ? source.etag : requestValueAt(text, undefined, REQUEST_TIME);
  }
  const uploadId = requestUploadId(request);
  const { upload } = uploadOf(row, request);
  const partNumber = queryValue(request, "partNumber") ?? UNRECORDED_PART_NUMBER;
  const decision = decideUploadPartCopy(upload ? [upload] : [], { key: request.key, uploadId, partNumber, headers }, source, REQUEST_TIME);
  return { expected: decision.answer, uploadId, storedPartSize: decision.stored?.part.body.length, sourceEtag: source.etag, etagFromRecordedBytes: true };
}

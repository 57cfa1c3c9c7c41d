import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { rowRequest } from "../row-request.ts";
import type { MultipartReplay } from "./multipart-replay.ts";
import { partBodyOf } from "./row-part-body.ts";
import { modelledHeaders, refuseUnmodelledQuery } from "./row-modelled-request.ts";
import { queryValue, requestUploadId } from "./row-upload-id.ts";
import { uploadOf } from "./row-upload.ts";
import { decideUploadPart } from "../../../oracle/multipart/decide-multipart.ts";

/** The Content-MD5 rows record no part number; their test uploads part 1. */
const UNRECORDED_PART_NUMBER = "1";

/** An UploadPart row through decideUploadPart. A row without a body sent none. */
export function replayUploadPart(row: AwsObservedRow): MultipartReplay {
  const request = rowRequest(row);
  const headers = modelledHeaders(row, request, ["content-md5"]);
  refuseUnmodelledQuery(row, request, ["uploadId", "partNumber"]);
  const uploadId = requestUploadId(request);
  const { upload } = uploadOf(row, request);
  const bodyText = row.request.body ?? row.setup.body;
  const body = typeof bodyText === "string" ? partBodyOf(bodyText) : Buffer.alloc(0);
  const partNumber = queryValue(request, "partNumber") ?? UNRECORDED_PART_NUMBER;
  const decision = decideUploadPart(upload ? [upload] : [], { key: request.key, uploadId, partNumber, body, contentMd5: headers["content-md5"] });
  return { expected: decision.answer, uploadId, storedPartSize: decision.stored?.part.body.length, etagFromRecordedBytes: true };
}

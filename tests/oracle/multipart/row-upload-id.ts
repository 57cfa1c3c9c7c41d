import type { RecordedAnswer } from "../aws-observed-rows.ts";
import type { RowRequest } from "../row-request.ts";

/** The id the replay gives a row's upload; the recordings mask theirs. */
export const REPLAYED_UPLOAD_ID = "replayed-upload-id";

/** How rows write a masked upload id: in the request (`<id for key A>`) and in error fields (`<upload id>`, `<id>`). */
const UPLOAD_ID_PLACEHOLDERS = ["<upload id>", "<id>", "<id for key A>"];

/**
 * The upload id a row's request sends: a literal one as recorded (`fakeid`), a masked one as the
 * replayed upload's. Rows that record no query sent the id of the upload they created. The raw-request
 * row spells the parameters `UploadId`/`PartNumber` as boto's fields do, so names are matched without case.
 */
export function requestUploadId(request: RowRequest): string {
  const sent = queryValue(request, "uploadId");
  return sent === undefined || UPLOAD_ID_PLACEHOLDERS.includes(sent) ? REPLAYED_UPLOAD_ID : sent;
}

/** A query parameter by name, whatever its case in the row. */
export function queryValue(request: RowRequest, name: string): string | undefined {
  const found = Object.keys(request.query).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return found === undefined ? undefined : request.query[found];
}

/** The recorded answer with every masked upload id in its error fields standing for `uploadId`, the one the replay sent. */
export function withUploadId(recorded: RecordedAnswer, uploadId: string): RecordedAnswer {
  if (typeof recorded.body === "string") return recorded;
  const errorFields = Object.fromEntries(
    Object.entries(recorded.body.errorFields).map(([name, value]) => [name, UPLOAD_ID_PLACEHOLDERS.includes(value) ? uploadId : value]),
  );
  return { ...recorded, body: { ...recorded.body, errorFields } };
}

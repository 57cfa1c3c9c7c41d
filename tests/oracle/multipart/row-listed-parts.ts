import type { AwsObservedRow } from "../aws-observed-rows.ts";
import type { RowUpload } from "./row-upload.ts";
import type { ListedPart, MultipartUpload } from "../../../oracle/multipart/decide-multipart.ts";

/** `parts listed 3,2,1 with correct ETags`, `parts 1,2,3 in order`, `parts 2,3,4`, `part 1` */
const NUMBERS_WITH_THEIR_ETAGS = /^parts?(?: listed)? (\d+(?:,\d+)*)(?: with correct ETags| in order)?$/;
/** `part 2 with part 1's ETag` */
const BORROWED_ETAG = /^part (\d+) with part (\d+)'s ETag$/;
/** `part 1 with ETag d41d8cd98f00b204e9800998ecf8427e` */
const GIVEN_ETAG = /^part (\d+) with ETag ([0-9a-f]{32})$/;

/**
 * The parts a CompleteMultipartUpload row lists, in the order sent; undefined for a request without
 * a body. Uploaded parts are listed with the quoted ETag UploadPart answered, as the SDK sends it.
 */
export function listedPartsOf(row: AwsObservedRow, { upload, listsEveryPart }: RowUpload): ListedPart[] | undefined {
  const text = row.request.body;
  if (text === undefined && listsEveryPart && upload) return [...upload.parts.keys()].sort((a, b) => a - b).map((n) => listed(upload, n, n));
  if (text === undefined) throw new Error(`${row.id}: no parts list recorded`);
  if (/^none\b/.test(text)) return undefined;
  if (text === "empty parts list") return [];
  const numbers = NUMBERS_WITH_THEIR_ETAGS.exec(text)?.[1];
  if (numbers !== undefined && upload) return numbers.split(",").map((n) => listed(upload, Number(n), Number(n)));
  const borrowed = BORROWED_ETAG.exec(text);
  if (borrowed && upload) return [listed(upload, Number(borrowed[1]), Number(borrowed[2]))];
  const given = GIVEN_ETAG.exec(text);
  if (given) return [{ partNumber: Number(given[1]), etag: given[2] ?? "" }];
  throw new Error(`${row.id}: parts list ${JSON.stringify(text)} is not understood`);
}

/** Part `partNumber`, listed with the ETag of uploaded part `etagOf`. */
function listed(upload: MultipartUpload, partNumber: number, etagOf: number): ListedPart {
  const part = upload.parts.get(etagOf);
  if (!part) throw new Error(`part ${etagOf} was not uploaded, so its ETag is unknown`);
  return { partNumber, etag: part.etag };
}

import { errorReply, type Refusal } from "./replies.ts";
import { parseXmlBody } from "./xml.ts";

/** One `<Part>` of a CompleteMultipartUpload body. */
export interface ListedPart {
  partNumber: number;
  /** As sent, quotes and all. */
  etag: string;
}

/**
 * The parts a CompleteMultipartUpload body lists, in the order listed. No body at all is 400
 * InvalidRequest (complete-no-body); a body that is not a CompleteMultipartUpload document, a part
 * without a whole PartNumber or an ETag, or a list of no parts is 400 MalformedXML (unrecorded on
 * AWS; versitygw and ceph expect MalformedXML for an empty list).
 */
export function listedParts(body: Buffer): ListedPart[] | Refusal {
  if (body.length === 0) return errorReply(400, "InvalidRequest");
  const malformed = errorReply(400, "MalformedXML");
  const document = parseXmlBody(body, "CompleteMultipartUpload");
  if (!document) return malformed;
  const parts = (document.Part ?? []) as Array<Record<string, unknown>>;
  const listed: ListedPart[] = [];
  for (const part of parts) {
    const number = typeof part.PartNumber === "string" ? Number(part.PartNumber) : NaN;
    if (!Number.isInteger(number) || typeof part.ETag !== "string") return malformed;
    listed.push({ partNumber: number, etag: part.ETag });
  }
  return listed.length === 0 ? malformed : listed;
}


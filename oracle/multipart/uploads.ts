import type { ExpectedAnswer } from "../expected-answer.ts";
import { singlePartEtag } from "../entity-tags.ts";
import type { MultipartRuleId } from "../rules/multipart-rules.ts";

/** The documented smallest size of every part but the last listed one (5 MiB). */
export const MIN_PART_SIZE = 5 * 1024 * 1024;
/** Part numbers run from 1 to this (documented; UploadPart with -1 is recorded as refused). */
export const MAX_PART_NUMBER = 10_000;

/** A part an upload holds: its bytes and the ETag UploadPart or UploadPartCopy answered. */
export interface UploadedPart {
  body: Buffer;
  /** Quoted. */
  etag: string;
}

/** A multipart upload that was created and is neither completed nor aborted. */
export interface MultipartUpload {
  uploadId: string;
  /** The key CreateMultipartUpload named; the id is valid with this key only. */
  key: string;
  /** By part number; a part uploaded again replaces the earlier one. */
  parts: ReadonlyMap<number, UploadedPart>;
}

/** The part a plain UploadPart of these bytes stores: its ETag is the quoted MD5 (upload-part-response). */
export function uploadedPart(body: Buffer): UploadedPart {
  return { body, etag: singlePartEtag(body) };
}

/** An upload that was completed or aborted: its id names nothing any more. */
export interface EndedUpload {
  uploadId: string;
  key: string;
  endedBy: "complete" | "abort";
}

/** The operations that name an upload by its id. */
export type UploadOperation = "UploadPart" | "UploadPartCopy" | "CompleteMultipartUpload" | "AbortMultipartUpload";

/** Each operation's rule for an id that names nothing else explains. */
const UNKNOWN_ID_RULES: Record<UploadOperation, MultipartRuleId> = {
  UploadPart: "multipart.upload-part.no-such-upload",
  UploadPartCopy: "multipart.upload-part-copy.no-such-upload",
  CompleteMultipartUpload: "multipart.complete.no-such-upload",
  AbortMultipartUpload: "multipart.abort.no-such-upload",
};

/** The operations whose answer to an id of another key is recorded (upload-part-wrong-key, complete-wrong-key). */
const OTHER_KEY_RECORDED: readonly UploadOperation[] = ["UploadPart", "CompleteMultipartUpload"];

/**
 * The upload a request's key and upload id name, or undefined. An id is bound to its key: a valid id
 * sent with another key names nothing (aws-observed upload-part-wrong-key, complete-wrong-key).
 */
export function findUpload(uploads: readonly MultipartUpload[], key: string, uploadId: string): MultipartUpload | undefined {
  return uploads.find((upload) => upload.uploadId === uploadId && upload.key === key);
}

/** 404 NoSuchUpload echoing the id (upload-part-no-such-upload, complete-no-such-upload), decided by `rule`. */
function noSuchUpload(uploadId: string, rule: MultipartRuleId): ExpectedAnswer {
  return { rule, status: 404, code: "NoSuchUpload", errorFields: { UploadId: uploadId } };
}

/**
 * 404 NoSuchUpload for a request whose key and id name no open upload, with the rule that explains
 * it: the upload was completed or aborted (`ended`), the id is an open upload's of another key (as
 * recorded for UploadPart and Complete), or else the operation's rule for an unknown id.
 */
export function uploadNotFound(
  operation: UploadOperation,
  request: { key: string; uploadId: string },
  uploads: readonly MultipartUpload[],
  ended: readonly EndedUpload[] = [],
): ExpectedAnswer {
  const { key, uploadId } = request;
  const gone = ended.find((upload) => upload.uploadId === uploadId && upload.key === key);
  if (gone) return noSuchUpload(uploadId, gone.endedBy === "complete" ? "multipart.upload-id.gone-after-complete" : "multipart.upload-id.gone-after-abort");
  if (OTHER_KEY_RECORDED.includes(operation) && uploads.some((upload) => upload.uploadId === uploadId)) return noSuchUpload(uploadId, "multipart.upload-id.other-key");
  return noSuchUpload(uploadId, UNKNOWN_ID_RULES[operation]);
}

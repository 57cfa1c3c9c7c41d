import type { ExpectedAnswer } from "./expected-answer.ts";
import { singlePartEtag } from "./object-answer.ts";

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

/**
 * The upload a request's key and upload id name, or undefined. An id is bound to its key: a valid id
 * sent with another key names nothing (aws-observed upload-part-wrong-key, complete-wrong-key).
 */
export function findUpload(uploads: readonly MultipartUpload[], key: string, uploadId: string): MultipartUpload | undefined {
  return uploads.find((upload) => upload.uploadId === uploadId && upload.key === key);
}

/** 404 NoSuchUpload echoing the id (upload-part-no-such-upload, complete-no-such-upload). */
export function noSuchUpload(uploadId: string): ExpectedAnswer {
  return { status: 404, code: "NoSuchUpload", errorFields: { UploadId: uploadId } };
}

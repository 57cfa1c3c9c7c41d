import { IMF_FIXDATE } from "../expected-answer.ts";
import { MEDIASTORE_ETAG, type ExpectedMediaStoreAnswer } from "./expected-answer.ts";

/** PutObject's answer: 200 and a JSON body naming the body's hex SHA-256, an ETag and the TEMPORAL storage class. */
export function expectedPutAnswer(sha256: string): ExpectedMediaStoreAnswer {
  return { status: 200, json: { ContentSHA256: sha256, ETag: MEDIASTORE_ETAG, StorageClass: "TEMPORAL" } };
}

/** A stored object as MediaStore answers for it: the written Content-Type and Cache-Control, an ETag, an HTTP-date. */
export interface StoredMediaObject {
  size: number;
  sha256: string;
  contentType?: string;
  cacheControl?: string;
  /** The ETag PutObject answered, without quotes. */
  etag: string;
}

function objectHeaders(object: StoredMediaObject) {
  return {
    etag: new RegExp(`^"?${object.etag}"?$`),
    "last-modified": IMF_FIXDATE,
    ...(object.contentType === undefined ? {} : { "content-type": object.contentType }),
    ...(object.cacheControl === undefined ? {} : { "cache-control": object.cacheControl }),
  };
}

/** GetObject of the whole object: 200 with the bytes and the stored headers. */
export function expectedGetAnswer(object: StoredMediaObject): ExpectedMediaStoreAnswer {
  return { status: 200, headers: { ...objectHeaders(object), "content-length": String(object.size) }, bodyLength: object.size, bodySha256: object.sha256 };
}

/** DescribeObject: the headers of GetObject (Content-Length included) and no body. */
export function expectedDescribeAnswer(object: StoredMediaObject): ExpectedMediaStoreAnswer {
  return { status: 200, headers: { ...objectHeaders(object), "content-length": String(object.size) }, bodyLength: 0 };
}

/** Any call naming a path with no object: 404 ObjectNotFoundException. */
export const OBJECT_NOT_FOUND: ExpectedMediaStoreAnswer = { status: 404, errorType: "ObjectNotFoundException" };

/** Any call on an endpoint whose container does not exist: 404 ContainerNotFoundException. */
export const CONTAINER_NOT_FOUND: ExpectedMediaStoreAnswer = { status: 404, errorType: "ContainerNotFoundException" };

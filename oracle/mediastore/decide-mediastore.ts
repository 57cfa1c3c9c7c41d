import { IMF_FIXDATE } from "../expected-answer.ts";
import { MEDIASTORE_ETAG, type ExpectedMediaStoreAnswer } from "./expected-answer.ts";
import { pathViolation, uploadLimit, type UploadAvailability } from "./limits.ts";

/*
 * The MediaStore Data oracle: what each call answers, from the documentation and the API model.
 * Set-up steps and answers that need no input are constants; ListItems is in listing.ts.
 */
export { decideListing, decideListPage, decideMaxResults, EMPTY_FOLDERS_RULE, LISTING_RULE, MAX_RESULTS_RULE, NEXT_TOKEN_RULE, UNKNOWN_TOKEN_ANSWER, type ListedEntry } from "./listing.ts";

const STORED = "mediastore.put.stored";
const NOT_FOUND = "mediastore.not-found.object";

/**
 * PutObject's answer: 200 and a JSON body naming the body's hex SHA-256, an ETag and the TEMPORAL
 * storage class. `statusRule` is the rule that says this upload is stored (PutObject's documented
 * success unless a limit's or a mode's rule decides it); the members keep their own rules.
 */
function storedAnswer(sha256: string, statusRule: string): ExpectedMediaStoreAnswer {
  return {
    rule: statusRule,
    fieldRules: { "json:ContentSHA256": STORED, "json:ETag": STORED, "json:StorageClass": "mediastore.put.storage-class-temporal" },
    status: 200,
    json: { ContentSHA256: sha256, ETag: MEDIASTORE_ETAG, StorageClass: "TEMPORAL" },
  };
}

/** PutObject of a valid path, within the size limit: stored, answered with its SHA-256, an ETag and TEMPORAL. */
export function decidePut(sha256: string): ExpectedMediaStoreAnswer {
  return storedAnswer(sha256, STORED);
}

/** A set-up PutObject, checked for its status only: the PutObject cases check its JSON body. */
export const PUT_STORED: ExpectedMediaStoreAnswer = { rule: STORED, status: 200 };

/** A set-up streaming PutObject, checked for its status only. */
export const STREAMING_STORED: ExpectedMediaStoreAnswer = { rule: "mediastore.put.streaming-chunked", status: 200 };

/** A streaming (chunked, unknown length) PutObject within the streaming limit: stored like any other. */
export function decideStreamingPut(sha256: string): ExpectedMediaStoreAnswer {
  return storedAnswer(sha256, "mediastore.put.streaming-chunked");
}

/** The rule that a streaming upload is readable before it ends, its bytes a prefix of those sent. */
export const STREAMING_READABLE_RULE = "mediastore.put.streaming-readable-while-uploading";

/** GetObject of a streaming upload still under way: 200 (the case compares the bytes with those sent). */
export const READABLE_WHILE_UPLOADING: ExpectedMediaStoreAnswer = { rule: STREAMING_READABLE_RULE, status: 200 };

/**
 * PutObject of `size` bytes with this upload availability: stored up to the documented limit (25 MB
 * standard, 10 MB streaming, read as MiB), refused with some 4xx above it (AWS names no code).
 */
export function decideUploadOfSize(size: number, availability: UploadAvailability, sha256: string): ExpectedMediaStoreAnswer {
  if (size > uploadLimit(availability)) return { rule: `mediastore.size.${availability}-over-limit`, status: "4xx" };
  return storedAnswer(sha256, `mediastore.size.${availability}-within-limit`);
}

/**
 * PutObject of `path`: refused with some 4xx (AWS names no code) when the path breaks the API model's
 * PathNaming (name characters, 10 folders, 900 characters), else stored, its missing folders created.
 */
export function decidePathPut(path: string, sha256: string): ExpectedMediaStoreAnswer {
  const broken = pathViolation(path);
  return broken === undefined ? storedAnswer(sha256, "mediastore.path.valid-accepted") : { rule: broken, status: "4xx" };
}

/** Any call naming a path that breaks PathNaming (DescribeObject's Path has the same constraints): some 4xx. */
export function decideInvalidPath(path: string): ExpectedMediaStoreAnswer {
  const broken = pathViolation(path);
  if (broken === undefined) throw new Error(`undecided: ${JSON.stringify(path)} is a valid path (the cases do not ask it)`);
  return { rule: broken, status: "4xx" };
}

/** After a refused PutObject, the path has no object: 404 ObjectNotFoundException. */
export const NOTHING_STORED: ExpectedMediaStoreAnswer = {
  rule: "mediastore.put.refused-stores-nothing",
  fieldRules: { errorType: NOT_FOUND },
  status: 404,
  errorType: "ObjectNotFoundException",
};

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
    etag: { oneOf: [object.etag, `"${object.etag}"`] },
    "last-modified": IMF_FIXDATE,
    "content-length": String(object.size),
    ...(object.contentType === undefined ? {} : { "content-type": object.contentType }),
    ...(object.cacheControl === undefined ? {} : { "cache-control": object.cacheControl }),
  };
}

/** GetObject of the whole object: 200 with the bytes and the stored headers. */
export function decideGet(object: StoredMediaObject): ExpectedMediaStoreAnswer {
  return { rule: "mediastore.get.whole-object", status: 200, headers: objectHeaders(object), bodyLength: object.size, bodySha256: object.sha256 };
}

/** DescribeObject: the headers of GetObject (Content-Length included) and no body. */
export function decideDescribe(object: StoredMediaObject): ExpectedMediaStoreAnswer {
  return { rule: "mediastore.describe.object-headers", status: 200, headers: objectHeaders(object), bodyLength: 0 };
}

/** GetObject or DeleteObject of a path with no object: 404 ObjectNotFoundException. */
export const OBJECT_NOT_FOUND: ExpectedMediaStoreAnswer = { rule: NOT_FOUND, status: 404, errorType: "ObjectNotFoundException" };

/** DescribeObject of a path with no object: 404 (its answer has no body, so only the status is checked). */
export const DESCRIBE_NOT_FOUND: ExpectedMediaStoreAnswer = { rule: NOT_FOUND, status: 404 };

/** DeleteObject of a stored object: 200. */
export const DELETED: ExpectedMediaStoreAnswer = { rule: "mediastore.delete.removes-object", status: 200 };

/** GetObject of a path whose object was deleted: gone, 404 ObjectNotFoundException. */
export const GONE_AFTER_DELETE: ExpectedMediaStoreAnswer = { ...OBJECT_NOT_FOUND, rule: "mediastore.delete.removes-object", fieldRules: { errorType: NOT_FOUND } };

/** Any call on an endpoint whose container does not exist: 404 ContainerNotFoundException. */
export const CONTAINER_NOT_FOUND: ExpectedMediaStoreAnswer = { rule: "mediastore.not-found.container", status: 404, errorType: "ContainerNotFoundException" };

/**
 * GetObject with a Range of the API model's form (`bytes=first-last`, `bytes=first-`, `bytes=-suffix`)
 * on a non-empty object: 206 with the span, or 416 RequestedRangeNotSatisfiableException when it starts
 * past the end.
 */
export function decideRangeGet(range: string, size: number, slice: (first: number, last: number) => Buffer): ExpectedMediaStoreAnswer {
  const match = /^bytes=(\d*)-(\d*)$/.exec(range);
  if (!match || size === 0) throw new Error(`undecided: ${range} on ${size} bytes (generators do not ask it)`);
  let first: number;
  let last: number;
  if (match[1] === "") {
    first = Math.max(0, size - Number(match[2]));
    last = size - 1;
  } else {
    first = Number(match[1]);
    last = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (first >= size) return { rule: "mediastore.range.not-satisfiable", status: 416, errorType: "RequestedRangeNotSatisfiableException" };
  return { rule: "mediastore.range.satisfiable", status: 206, headers: { "content-range": `bytes ${first}-${last}/${size}`, "content-length": String(last - first + 1) }, body: slice(first, last) };
}

import type { Answer } from "../../../transport/answer.ts";
import { encryptionHeaders } from "./encryption-headers.ts";
import { metadataHeaders } from "./object-headers.ts";
import { storageClassHeader } from "./storage-class.ts";
import type { StoreBucket } from "./store-bucket.ts";
import type { StoreFaults } from "./store-faults.ts";
import type { StoredObject } from "./stored-object.ts";
import { versionHeader } from "./version-headers.ts";

/** Content-Type of an object stored without one. */
const DEFAULT_CONTENT_TYPE = "binary/octet-stream";

/** A plain GetObject of the whole object: 200, every stored header, the body. The read rules start from it. */
export function plainAnswer(object: StoredObject, bucket: StoreBucket, faults: StoreFaults): Answer {
  const headers: Record<string, string> = {
    "content-type": DEFAULT_CONTENT_TYPE,
    ...object.headers,
    ...metadataHeaders(object.metadata),
    etag: object.etag,
    "last-modified": new Date(object.lastModified).toUTCString(),
    "accept-ranges": "bytes",
    "content-length": String(object.body.length),
    ...storageClassHeader(object.storageClass),
    ...encryptionHeaders(object.encryption, faults),
    ...versionHeader(bucket, object.versionId),
  };
  return { status: 200, headers, body: object.body };
}

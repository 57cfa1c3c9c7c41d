import type { AwsObservedRow } from "./aws-observed-rows.ts";
import { WRITTEN_AT } from "./row-clock.ts";
import { multipartUploadOf, recordedUploadEtag } from "./row-multipart-upload.ts";
import { recordedObjectBody } from "./row-object-body.ts";
import { objectBefore } from "./row-stored-object.ts";
import { singlePartEtag } from "../../oracle/entity-tags.ts";
import type { ReadableObject } from "../../oracle/read/decide-read.ts";

/**
 * The object a GetObject/HeadObject row reads, or undefined when there is none. Its ETag is the
 * recorded one, else the quoted MD5 of its body; a recorded ETag that is not the MD5 of recorded
 * bytes means the setup is misread. A multipart upload brings its part sizes and must record its ETag.
 */
export function readableObjectBefore(row: AwsObservedRow, rows: AwsObservedRow[]): ReadableObject | undefined {
  const object = objectBefore(row, rows);
  if (!object) return undefined;
  const upload = multipartUploadOf(row);
  if (upload) {
    const partSizes = upload.parts.map((part) => part.length);
    return { ...object, etag: recordedUploadEtag(row, upload), lastModified: WRITTEN_AT, partSizes };
  }
  const recordedEtag = row.setup.etag;
  const recordedBody = recordedObjectBody(row);
  if (typeof recordedEtag === "string" && recordedBody && recordedEtag !== singlePartEtag(recordedBody)) {
    throw new Error(`${row.id}: ETag ${recordedEtag} is not the MD5 of the recorded body`);
  }
  const etag = typeof recordedEtag === "string" ? recordedEtag : singlePartEtag(object.body);
  return { ...object, etag, lastModified: WRITTEN_AT };
}

import type { AwsObservedRow } from "./aws-observed-rows.ts";
import { bodyTextOf } from "./recorded-text.ts";
import { multipartUploadOf } from "./row-multipart-upload.ts";

const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
/** `"something " x 20 (200 bytes)` */
const REPEATED_TEXT = new RegExp(`^(${QUOTED}) x (\\d+)(?: \\((\\d+) bytes\\))?$`);
/** `simple PutObject, body "test-123"` */
const PUT_BODY = new RegExp(`^simple PutObject, body (${QUOTED})$`);
/** Descriptions of a single-part object whose bytes the row does not record. */
const UNRECORDED_BYTES = [
  /^any$/,
  /^exists$/,
  /^key "[^"]+" exists$/,
  /^a small file uploaded with upload_file\b/,
  /^random bytes uploaded with upload_fileobj \(single part\)$/,
  /^no Cache-Control \/ Content-Encoding \/ Content-Language stored$/,
];
/** Size of the stand-in body when a row records neither the bytes nor their number. */
const UNRECORDED_SIZE = 16;

/** The bytes a read row's setup records for its object; undefined when it records at most their number. */
export function recordedObjectBody(row: AwsObservedRow): Buffer | undefined {
  const { objectBody, object } = row.setup;
  if (typeof objectBody === "string") return Buffer.from(bodyTextOf(objectBody));
  if (typeof object !== "string") return undefined;
  const repeated = REPEATED_TEXT.exec(object);
  if (repeated) {
    const body = Buffer.from((JSON.parse(repeated[1] ?? "") as string).repeat(Number(repeated[2])));
    if (repeated[3] !== undefined && body.length !== Number(repeated[3])) throw new Error(`${row.id}: ${object} is ${body.length} bytes`);
    return body;
  }
  const putBody = PUT_BODY.exec(object)?.[1];
  return putBody === undefined ? undefined : Buffer.from(JSON.parse(putBody) as string);
}

/**
 * The object's bytes: the recorded ones, else stand-in bytes of the recorded size (any bytes do, the
 * row fixes only their number); a multipart upload's are its parts'. Throws on a description it does not know.
 */
export function objectBodyOf(row: AwsObservedRow): Buffer {
  const upload = multipartUploadOf(row);
  if (upload) return Buffer.concat(upload.parts);
  const { object, objectSize } = row.setup;
  const recorded = recordedObjectBody(row);
  if (recorded === undefined && typeof object === "string" && !UNRECORDED_BYTES.some((form) => form.test(object))) {
    throw new Error(`${row.id}: object ${JSON.stringify(object)} is not understood`);
  }
  const body = recorded ?? Buffer.alloc(typeof objectSize === "number" ? objectSize : UNRECORDED_SIZE, "x");
  if (typeof objectSize === "number" && body.length !== objectSize) {
    throw new Error(`${row.id}: the body is ${body.length} bytes, the row says ${objectSize}`);
  }
  return body;
}

import type { AwsObservedRow } from "./aws-observed-rows.ts";
import { bodyTextOf } from "./recorded-text.ts";
import { multipartEtag, singlePartEtag } from "../../oracle/entity-tags.ts";

const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
/** `completed multipart upload, 2 parts`, each in `part<n>Size` and, when recorded, `part<n>Body`. */
const COMPLETED_UPLOAD = /^completed multipart upload, (\d+) parts$/;
/** `multipart upload with 1 part of 16 bytes ("…"), CreateMultipartUpload ChecksumAlgorithm=… ChecksumType=…` */
const ONE_PART_UPLOAD = new RegExp(`^multipart upload with 1 part of (\\d+) bytes \\((${QUOTED})\\)(?:, CreateMultipartUpload ChecksumAlgorithm=\\w+ ChecksumType=\\w+)?$`);

/** The parts of the multipart upload a read row's setup describes. */
export interface RecordedUpload {
  /** Each part's bytes: the recorded ones, else stand-in bytes of the recorded size. */
  parts: Buffer[];
  /** Whether every part's bytes are recorded, so its ETag can be recomputed. */
  bytesRecorded: boolean;
}

/** The upload a row's setup describes, or undefined when its object is not a multipart upload. */
export function multipartUploadOf(row: AwsObservedRow): RecordedUpload | undefined {
  const { object, objectSize } = row.setup;
  if (typeof object !== "string") return undefined;
  const onePart = ONE_PART_UPLOAD.exec(object);
  const count = onePart ? 1 : Number(COMPLETED_UPLOAD.exec(object)?.[1] ?? 0);
  if (count === 0) return undefined;
  const parts = onePart
    ? [recordedPart(row, 1, Number(onePart[1]), onePart[2])]
    : Array.from({ length: count }, (_, i) => recordedPart(row, i + 1, row.setup[`part${i + 1}Size`], row.setup[`part${i + 1}Body`]));
  const size = parts.reduce((total, part) => total + part.bytes.length, 0);
  if (typeof objectSize === "number" && size !== objectSize) throw new Error(`${row.id}: the parts make ${size} bytes, the row says ${objectSize}`);
  return { parts: parts.map((part) => part.bytes), bytesRecorded: parts.every((part) => part.recorded) };
}

/**
 * The upload's ETag as the row records it (a part's bytes often are not, so it cannot be computed).
 * When every part's bytes are recorded it must be the one they give, else the setup is misread.
 */
export function recordedUploadEtag(row: AwsObservedRow, upload: RecordedUpload): string {
  const recorded = row.setup.etag;
  if (typeof recorded !== "string") throw new Error(`${row.id}: the multipart upload's ETag is not recorded`);
  if (!recorded.endsWith(`-${upload.parts.length}"`)) throw new Error(`${row.id}: ETag ${recorded} is not one of ${upload.parts.length} parts`);
  if (upload.bytesRecorded && recorded !== multipartEtag(upload.parts.map(singlePartEtag))) throw new Error(`${row.id}: ETag ${recorded} is not the one of the recorded parts`);
  return recorded;
}

/** Part `n` from its recorded size and, when recorded, its text. */
function recordedPart(row: AwsObservedRow, n: number, size: unknown, text: unknown): { bytes: Buffer; recorded: boolean } {
  if (typeof size !== "number") throw new Error(`${row.id}: the size of part ${n} is not recorded`);
  if (typeof text !== "string") return { bytes: Buffer.alloc(size, "x"), recorded: false };
  const bytes = Buffer.from(bodyTextOf(text));
  if (bytes.length !== size) throw new Error(`${row.id}: part ${n} is ${bytes.length} bytes, the row says ${size}`);
  return { bytes, recorded: true };
}

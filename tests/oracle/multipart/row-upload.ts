import type { AwsObservedRow } from "../aws-observed-rows.ts";
import type { RowRequest } from "../row-request.ts";
import { partBodyOf } from "./row-part-body.ts";
import { REPLAYED_UPLOAD_ID } from "./row-upload-id.ts";
import { type MultipartUpload, type UploadedPart, uploadedPart } from "../../../oracle/multipart/decide-multipart.ts";

/** The upload a row's setup describes, as the replay holds it. */
export interface RowUpload {
  /** Undefined when there is none (`none; uploadId "fakeid"`). */
  upload: MultipartUpload | undefined;
  /** Whether every part's bytes are recorded, so a multipart ETag can be recomputed. */
  bytesRecorded: boolean;
  /** The setup says the Complete request lists exactly the uploaded parts (`parts list correct`). */
  listsEveryPart: boolean;
}

const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const FIVE_MIB_PLUS_ONE = 5 * 1024 * 1024 + 1;
/** Bytes a row does not record: any will do, only their number matters. */
const STAND_IN_SIZE = 16;
/** The key the upload of `valid upload id created for key A` belongs to; the request names another. */
const KEY_A = "key-a";

/**
 * Rows that leave their part bytes out where a row of the same recorded test (source.test) states
 * them; the description used instead, and why.
 */
const DESCRIBED_BY_A_SIBLING: Record<string, string> = {
  // complete-parts-out-of-order's notes: the next row completes that same upload, of "a" repeated.
  "complete-three-parts-etag": '3 parts of 5 MiB + 1 byte each ("a" repeated)',
  // "same 3 parts" as complete-parts-out-of-order, in the same test.
  "complete-gapped-part-numbers": '3 parts of 5 MiB + 1 byte each ("a" repeated), numbered 2,3,4',
  // test_multipart_and_list_parts uploads its one 65-byte part in upload-part-response.
  "complete-one-part-response": `one 65-byte part ${JSON.stringify("upload-part-1".repeat(5))}`,
};

interface PartSpec {
  number: number;
  /** Recorded bytes, else stand-in bytes of `size`. */
  bytes?: Buffer;
  size?: number;
  /** A recorded ETag for bytes the row does not record. */
  etag?: string;
}

/** Upload descriptions and the parts they hold. */
const DESCRIPTIONS: Array<{ form: RegExp; parts: (match: RegExpExecArray) => PartSpec[] }> = [
  { form: /^(?:exists|open multipart upload)$/, parts: () => [] },
  {
    form: new RegExp(`^(?:new upload created after the delete; )?one (\\d+)-byte part(?: (${QUOTED}))?(?: uploaded; parts list correct)?$`),
    parts: (m) => [{ number: 1, size: Number(m[1]), ...(m[2] === undefined ? {} : { bytes: partBodyOf(m[2]) }) }],
  },
  {
    form: new RegExp(`^3 parts of 5 MiB \\+ 1 byte each \\((${QUOTED}) repeated\\)(?:, numbered (\\d+),(\\d+),(\\d+))?$`),
    parts: (m) => [m[2] ?? "1", m[3] ?? "2", m[4] ?? "3"].map((n) => ({ number: Number(n), bytes: Buffer.alloc(FIVE_MIB_PLUS_ONE, JSON.parse(m[1] ?? "") as string) })),
  },
  { form: /^two (\d+)-byte parts uploaded$/, parts: (m) => [1, 2].map((number) => ({ number, size: Number(m[1]) })) },
  { form: new RegExp(`^parts 1 and 2, each the \\d+-byte body (${QUOTED})$`), parts: (m) => [1, 2].map((number) => ({ number, bytes: partBodyOf(m[1] ?? "") })) },
  { form: /^only part (\d+) uploaded \(ETag ([0-9a-f]{32})\)$/, parts: (m) => [{ number: Number(m[1]), etag: `"${m[2]}"` }] },
  { form: /^part (\d+) uploaded$/, parts: (m) => [{ number: Number(m[1]) }] },
];

/** The upload a row's setup describes, for the key and id of the row's request. Throws on a description it does not know. */
export function uploadOf(row: AwsObservedRow, request: RowRequest): RowUpload {
  const described = DESCRIBED_BY_A_SIBLING[row.id] ?? row.setup.upload;
  // The Content-MD5 rows record only the part; their test had created the upload.
  const text = described === undefined ? "exists" : described;
  if (typeof text !== "string") throw new Error(`${row.id}: upload ${JSON.stringify(text)} is not understood`);
  if (/^none; uploadId "[^"]+"$/.test(text)) return { upload: undefined, bytesRecorded: true, listsEveryPart: false };
  if (text === "valid upload id created for key A") {
    return { upload: { uploadId: REPLAYED_UPLOAD_ID, key: KEY_A, parts: new Map() }, bytesRecorded: true, listsEveryPart: false };
  }
  for (const { form, parts } of DESCRIPTIONS) {
    const match = form.exec(text);
    if (!match) continue;
    const specs = parts(match);
    const held = new Map<number, UploadedPart>(specs.map((spec) => [spec.number, partOf(spec)]));
    return {
      upload: { uploadId: REPLAYED_UPLOAD_ID, key: request.key, parts: held },
      bytesRecorded: specs.every((spec) => spec.bytes !== undefined),
      listsEveryPart: text.endsWith("parts list correct"),
    };
  }
  throw new Error(`${row.id}: upload ${JSON.stringify(text)} is not understood`);
}

function partOf(spec: PartSpec): UploadedPart {
  const body = spec.bytes ?? Buffer.alloc(spec.size ?? STAND_IN_SIZE, "x");
  if (spec.size !== undefined && body.length !== spec.size) throw new Error(`part ${spec.number} is ${body.length} bytes, not ${spec.size}`);
  const part = uploadedPart(body);
  return spec.etag === undefined ? part : { ...part, etag: spec.etag };
}

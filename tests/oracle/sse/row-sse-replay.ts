import { parseCopySource } from "../../../oracle/copy/copy-source.ts";
import type { ExpectedAnswer } from "../../../oracle/expected-answer.ts";
import type { AwsObservedRow } from "../aws-observed-rows.ts";
import { bodyTextOf } from "../recorded-text.ts";
import { REQUEST_TIME } from "../row-clock.ts";
import { rowRequest } from "../row-request.ts";
import { rowEncryptedObject } from "./row-encrypted-object.ts";
import { ROW_UPLOAD_ID, rowEncryptedUpload, rowPartBody } from "./row-encrypted-upload.ts";
import { rowSseHeaders } from "./row-sse-headers.ts";
import { rowSseWorld } from "./row-sse-world.ts";
import type { CopyBucket } from "../../../oracle/copy/decide-copy.ts";
import { decideSseComplete, decideSseCopy, decideSseCreateUpload, decideSsePut, decideSseRead, decideSseUploadPart } from "../../../oracle/sse/decide-sse.ts";

/** A row replayed through the SSE oracle: its answer, and what the recorded ETags speak of. */
export interface SseReplay {
  answer: ExpectedAnswer;
  /** The bytes whose MD5 a recorded ETag is (or is not). */
  etagBody?: Buffer;
  /** False when the result ETag comes from stand-in part ETags: only its form and part count can agree. */
  resultEtagExact: boolean;
  region: string;
}

const PLAIN_BUCKET: CopyBucket = { versioning: "never", defaultEncryption: "implicit", acls: "disabled" };
const UNTOUCHED_KEY = { atCreate: null, writesSinceCreate: [] };
/** Bytes for a PutObject row that records none. */
const STAND_IN_BODY = Buffer.from("recorded body");

/** What the SSE oracle answers to an encryption row's request in the row's setup; throws for what it does not model. */
export function replaySseRow(row: AwsObservedRow): SseReplay {
  const request = rowRequest(row);
  const headers = rowSseHeaders(row);
  const world = rowSseWorld(row);
  const { key, bucket } = request;
  const replay = (answer: ExpectedAnswer, etagBody?: Buffer, resultEtagExact = true): SseReplay => ({ answer, resultEtagExact, region: world.kms.region, ...(etagBody ? { etagBody } : {}) });
  const queryBesides = (allowed: string[]) => Object.keys(request.query).filter((name) => !allowed.includes(name));
  if (queryBesides(row.operation === "GetObject" ? ["versionId"] : []).length > 0) throw new Error(`${row.id}: query ${JSON.stringify(request.query)} is not modelled`);
  switch (row.operation) {
    case "PutObject": {
      const text = row.request.body ?? row.setup.body;
      const body = typeof text === "string" ? Buffer.from(bodyTextOf(text)) : STAND_IN_BODY;
      return replay(decideSsePut(world, headers, body).answer, body);
    }
    case "GetObject":
    case "HeadObject": {
      const object = rowEncryptedObject(row, key, row.setup.object);
      const method = row.operation === "GetObject" ? "GET" : "HEAD";
      // The versionId chose the object; what is left of the read is plain.
      return replay(decideSseRead(object, { method, headers: {}, query: {} }, headers, REQUEST_TIME, world.kms));
    }
    case "CopyObject": {
      const name = parseCopySource(headers["x-amz-copy-source"] ?? "");
      if (name.result === "invalid") throw new Error(`${row.id}: no readable x-amz-copy-source`);
      const source = rowEncryptedObject(row, name.key, row.setup.source);
      const outcome = decideSseCopy({ source, destination: "absent", bucket: PLAIN_BUCKET, now: REQUEST_TIME, sse: world }, { bucket, key, headers });
      return replay(outcome.answer, source.body);
    }
    case "CreateMultipartUpload":
      return replay(decideSseCreateUpload(world, bucket, key, headers).answer);
    case "UploadPart": {
      const { upload } = rowEncryptedUpload(row, key);
      const body = rowPartBody(row);
      return replay(decideSseUploadPart([upload], { key, uploadId: ROW_UPLOAD_ID, partNumber: "1", body }, headers).answer, body);
    }
    case "CompleteMultipartUpload": {
      const { upload, recordedPartEtags } = rowEncryptedUpload(row, key);
      const parts = [...upload.parts].map(([partNumber, part]) => ({ partNumber, etag: part.etag }));
      const decision = decideSseComplete([upload], { bucket, key, uploadId: ROW_UPLOAD_ID, parts, headers: {} }, headers, UNTOUCHED_KEY);
      return replay(decision.answer, undefined, recordedPartEtags);
    }
    default:
      throw new Error(`${row.id}: operation ${row.operation} is not modelled`);
  }
}

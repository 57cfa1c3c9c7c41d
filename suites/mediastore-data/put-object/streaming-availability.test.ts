import { PassThrough } from "node:stream";
import { GeneratedBody } from "../../../transport/body-stream.ts";
import { expectMediaStore } from "../../../harness/expect-mediastore.ts";
import { putMediaObject } from "../../../fixtures/mediastore/operations.ts";
import { readWhileUploading } from "../../../fixtures/mediastore/read-while-uploading.ts";
import { mediastoreConformance } from "../../../fixtures/mediastore/test.ts";
import { failCheck } from "../../../harness/check-scope.ts";
import { MIB } from "../../../oracle/mediastore/limits.ts";
import { READABLE_WHILE_UPLOADING, STREAMING_READABLE_RULE, STREAMING_STORED } from "../../../oracle/mediastore/decide-mediastore.ts";

/** Sent before the object is read: far more than "some initial buffering" needs. */
const FIRST_PART = MIB;
const WHOLE = 2 * MIB;
/** How long the object may stay unreadable after the first part was sent (uploads are cancelled at 30 s). */
const WAIT_MS = 5000;

mediastoreConformance(
  {
    id: "mediastore-data.put-object.streaming.readable-while-uploading",
    protocol: "mediastore-data",
    operation: "PutObject",
    feature: "streaming",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/goto/WebAPI/mediastore-data-2017-09-01/PutObject",
    title: "An object uploaded with UploadAvailability streaming is readable before its upload ends: GetObject gives a prefix of the bytes sent",
  },
  async ({ ms, rootPath }) => {
    const sent = new GeneratedBody(WHOLE, 2024).slice(0, WHOLE - 1);
    const path = rootPath("growing.ts");
    const upload = new PassThrough();
    const put = putMediaObject(ms, path, upload, { availability: "streaming", contentType: "video/MP2T" });
    put.catch(() => undefined);
    upload.write(sent.subarray(0, FIRST_PART));
    const read = await readWhileUploading(ms, path, WAIT_MS);
    const bytesBeforeEnd = read.received.reduce((total, chunk) => total + chunk.length, 0);
    upload.end(sent.subarray(FIRST_PART));
    expectMediaStore(await put, STREAMING_STORED, `streaming PutObject of ${WHOLE} bytes`);
    const answer = read.answer ?? (await read.pending);
    if (!answer) throw new Error("readWhileUploading gave neither an answer nor a pending read");
    expectMediaStore(answer, READABLE_WHILE_UPLOADING, "GetObject while the streaming upload was under way");
    if (!read.gotBytes) {
      failCheck({
        rule: STREAMING_READABLE_RULE,
        field: "body",
        expected: "bytes before the upload ended",
        observed: "none before the upload ended",
        detail: `GetObject gave no byte in ${WAIT_MS} ms after ${FIRST_PART} of ${WHOLE} bytes were sent (then ${answer.bodyLength} once the upload ended)`,
      });
    }
    const delivered = Buffer.concat(read.received);
    if (delivered.length > sent.length || !sent.subarray(0, delivered.length).equals(delivered)) {
      failCheck({
        rule: STREAMING_READABLE_RULE,
        field: "body",
        expected: "a prefix of the bytes sent",
        observed: delivered.length > sent.length ? "longer" : "other bytes",
        detail: `GetObject delivered ${delivered.length} bytes (${bytesBeforeEnd} before the upload ended), not a prefix of the ${sent.length} sent`,
      });
    }
  },
);

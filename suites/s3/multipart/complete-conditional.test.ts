import fc from "fast-check";
import { expectAnswer } from "../../../harness/expect-answer.ts";
import { completeUpload, createUpload, uploadPart } from "../../../fixtures/s3/multipart-operations.ts";
import { checkProperty } from "../../../harness/property.ts";
import { putObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance } from "../../../fixtures/s3/test.ts";
import { singlePartEtag } from "../../../oracle/entity-tags.ts";
import { asSetUpPart, decideCompleteMultipartUpload, decideUploadPart, type KeyWrite, type MultipartUpload, uploadedPart } from "../../../oracle/multipart/decide-multipart.ts";
import { decidePut } from "../../../oracle/put/decide-put.ts";

/** What happens to the key before CreateMultipartUpload and while the upload is open. */
const BEFORE = ["absent", "put"] as const;
const DURING = ["nothing", "put-same", "put-other", "delete"] as const;
const CONDITIONS = ["if-none-match-star", "if-match-first", "if-match-last", "if-match-other"] as const;

const FIRST = Buffer.from("first version");
const OTHER = Buffer.from("other version");
const PART = Buffer.from("test");

conformance(
  {
    id: "s3.complete-multipart-upload.conditional-write.key-history",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "conditional-write",
    requirement: "MUST",
    source: "aws-observed:complete-im-current-etag-put-during-upload",
    title: "If-None-Match: * and If-Match on Complete are judged against the key now (412, 404 NoSuchKey) and fail with 409 ConditionalRequestConflict when the key was written or deleted during the upload",
  },
  async (context) => {
    const { s3, bucket } = context;
    let round = 0;
    const input = fc.tuple(fc.constantFrom(...BEFORE), fc.constantFrom(...DURING), fc.constantFrom(...CONDITIONS));
    await checkProperty(context, [input], async ([before, during, condition]) => {
      round += 1;
      const key = `conditional-${round}`;
      if (before === "put") expectAnswer(await putObject(s3, bucket, { key, body: FIRST, headers: {}, metadata: {} }), decidePut(FIRST), "set-up PutObject before the upload");
      const uploadId = await createUpload(s3, bucket, key);
      const open: MultipartUpload = { uploadId, key, parts: new Map() };
      expectAnswer(await uploadPart(s3, bucket, key, uploadId, "1", PART), asSetUpPart(decideUploadPart([open], { key, uploadId, partNumber: "1", body: PART }).answer), "set-up UploadPart");
      const writes: KeyWrite[] = [];
      if (during === "put-same" || during === "put-other") {
        const body = during === "put-same" ? FIRST : OTHER;
        expectAnswer(await putObject(s3, bucket, { key, body, headers: {}, metadata: {} }), decidePut(body), "set-up PutObject during the upload");
        writes.push({ kind: "put", etag: singlePartEtag(body) });
      } else if (during === "delete") {
        expectAnswer(await s3.send({ method: "DELETE", bucket, key }), { rule: "delete.unversioned.no-content", status: 204 }, "set-up DeleteObject during the upload");
        writes.push({ kind: "delete" });
      }
      const atCreate = before === "put" ? singlePartEtag(FIRST) : null;
      const last = writes.at(-1);
      const current = last === undefined ? atCreate : last.kind === "put" ? last.etag : null;
      const headers: Record<string, string> =
        condition === "if-none-match-star"
          ? { "if-none-match": "*" }
          : { "if-match": condition === "if-match-first" ? singlePartEtag(FIRST) : condition === "if-match-last" ? (current ?? singlePartEtag(OTHER)) : '"00000000000000000000000000000000"' };
      const parts = [{ partNumber: 1, etag: singlePartEtag(PART) }];
      const upload: MultipartUpload = { ...open, parts: new Map([[1, uploadedPart(PART)]]) };
      const decision = decideCompleteMultipartUpload([upload], { bucket, key, uploadId, parts, headers }, { atCreate, writesSinceCreate: writes });
      expectAnswer(await completeUpload(s3, bucket, key, uploadId, parts, headers), decision.answer, `CompleteMultipartUpload with ${JSON.stringify(headers)}, key ${before} at create, ${during} during the upload`);
    }, { maxRuns: 32, examples: BEFORE.flatMap((before) => DURING.flatMap((during) => CONDITIONS.map((condition) => [[before, during, condition]]))) });
  },
);

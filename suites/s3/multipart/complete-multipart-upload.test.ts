import { expectAnswer } from "../../../harness/expect-answer.ts";
import { completeUpload, createUpload, uploadPart } from "../../../fixtures/multipart-operations.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject } from "../../../fixtures/s3-operations.ts";
import { conformance, type CaseContext } from "../../../fixtures/test.ts";
import { fillBody } from "../../../generators/bodyOfSize.ts";
import { MINIMUM_PART_SIZE, partPlan, type PartPlan } from "../../../generators/partPlan.ts";
import { decideCompleteMultipartUpload } from "../../../oracle/multipart-complete.ts";
import { uploadedPart, type MultipartUpload, type UploadedPart } from "../../../oracle/multipart-upload.ts";

const KEY = "assembled";
const UNTOUCHED_KEY = { atCreate: null, writesSinceCreate: [] } as const;

/** Uploads the plan's parts, completes with its list, and checks both the answer and the object it made. */
async function completePlan(context: CaseContext, plan: PartPlan): Promise<void> {
  const { s3, bucket } = context;
  const uploadId = await createUpload(s3, bucket, KEY);
  const parts = new Map<number, UploadedPart>();
  for (const planned of plan.uploaded) {
    const body = fillBody(planned.size, planned.seed);
    const answer = await uploadPart(s3, bucket, KEY, uploadId, String(planned.partNumber), body);
    expectAnswer(answer, { status: 200 }, `set-up UploadPart ${planned.partNumber}`);
    parts.set(planned.partNumber, uploadedPart(body));
  }
  const upload: MultipartUpload = { uploadId, key: KEY, parts };
  // A part never uploaded is listed with the ETag of an empty part, as clients do by mistake.
  const listed = plan.listed.map((partNumber) => ({ partNumber, etag: parts.get(partNumber)?.etag ?? '"d41d8cd98f00b204e9800998ecf8427e"' }));
  const decision = decideCompleteMultipartUpload([upload], { bucket, key: KEY, uploadId, parts: listed, headers: {} }, UNTOUCHED_KEY);
  const what = `CompleteMultipartUpload of parts ${plan.uploaded.map((p) => `${p.partNumber}:${p.size}`).join(",")} listing ${plan.listed.join(",")}`;
  expectAnswer(await completeUpload(s3, bucket, KEY, uploadId, listed), decision.answer, what);
  if (decision.object) {
    expectAnswer(await getObject(s3, bucket, KEY), { status: 200, headers: { etag: decision.object.etag, "content-length": String(decision.object.body.length) }, body: decision.object.body }, "GET of the completed object");
  }
}

conformance(
  {
    id: "s3.complete-multipart-upload.etag.assembled-object",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "etag",
    requirement: "MUST",
    source: "aws-observed:complete-three-parts-etag",
    title: "Completing parts around the 5 MiB minimum (smaller last part, gaps in numbers) answers the MD5-of-MD5s ETag with -N, and the object is the listed parts in order",
  },
  async (context) => {
    await checkProperty(context, [partPlan({ maxParts: 3 })], (plan) => completePlan(context, plan), { maxRuns: 6 });
  },
);

conformance(
  {
    id: "s3.complete-multipart-upload.multipart.listed-parts-checked",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-observed:complete-parts-out-of-order",
    title: "A parts list out of order is 400 InvalidPartOrder, one naming a part never uploaded is 400 InvalidPart, one leaving a part out completes",
  },
  async (context) => {
    // Every part is at least 5 MiB, so each list has exactly one fault: none of the unrecorded mixes.
    const fullParts = partPlan({ maxParts: 3, irregular: true }).map((plan) => ({
      ...plan,
      uploaded: plan.uploaded.map((part) => ({ ...part, size: Math.max(part.size, MINIMUM_PART_SIZE) })),
    }));
    const oneFault = fullParts.filter((plan) => new Set(plan.listed).size === plan.listed.length);
    await checkProperty(context, [oneFault], (plan) => completePlan(context, plan), { maxRuns: 6 });
  },
);

conformance(
  {
    id: "s3.complete-multipart-upload.multipart.entity-too-small",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-observed:complete-entity-too-small",
    title: "A part other than the last under 5 MiB is 400 EntityTooSmall naming the part, its size and the 5242880-byte minimum",
  },
  async (context) => {
    await completePlan(context, { uploaded: [{ partNumber: 1, size: 4, seed: 1 }, { partNumber: 2, size: 4, seed: 1 }], listed: [1, 2] });
  },
);

conformance(
  {
    id: "s3.complete-multipart-upload.multipart.no-such-upload",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-observed:complete-no-such-upload",
    title: "CompleteMultipartUpload with an unknown upload id is 404 NoSuchUpload naming the id",
  },
  async ({ s3, bucket }) => {
    const decision = decideCompleteMultipartUpload([], { bucket, key: KEY, uploadId: "fakeid", parts: undefined, headers: {} }, UNTOUCHED_KEY);
    expectAnswer(await completeUpload(s3, bucket, KEY, "fakeid", undefined), decision.answer, "CompleteMultipartUpload with upload id fakeid");
  },
);


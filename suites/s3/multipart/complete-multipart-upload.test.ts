import { expectAnswer } from "../../../harness/expect-answer.ts";
import { completeUpload, createUpload, uploadPart } from "../../../fixtures/s3/multipart-operations.ts";
import { checkProperty } from "../../../harness/property.ts";
import { getObject } from "../../../fixtures/s3/s3-operations.ts";
import { conformance, type CaseContext } from "../../../fixtures/s3/test.ts";
import { fillBody } from "../../../generators/body-of-size.ts";
import { partPlan, type PartPlan, type PlannedPart } from "../../../generators/part-plan.ts";
import { asSetUpPart, decideCompleteMultipartUpload, decideReadOfCompleted, decideUploadPart, MIN_PART_SIZE, type ListedPart, type MultipartUpload, type UploadedPart } from "../../../oracle/multipart/decide-multipart.ts";

const KEY = "assembled";
const UNTOUCHED_KEY = { atCreate: null, writesSinceCreate: [] } as const;

/** Uploads the plan's parts, completes with its list, and checks both the answer and the object it made. */
async function completePlan(context: CaseContext, plan: PartPlan): Promise<void> {
  const { s3, bucket } = context;
  const uploadId = await createUpload(s3, bucket, KEY);
  const parts = new Map<number, UploadedPart>();
  const upload: MultipartUpload = { uploadId, key: KEY, parts };
  for (const planned of plan.uploaded) {
    const body = fillBody(planned.size, planned.seed);
    const partNumber = String(planned.partNumber);
    const decision = decideUploadPart([upload], { key: KEY, uploadId, partNumber, body });
    expectAnswer(await uploadPart(s3, bucket, KEY, uploadId, partNumber, body), asSetUpPart(decision.answer), `set-up UploadPart ${planned.partNumber}`);
    if (decision.stored) parts.set(decision.stored.partNumber, decision.stored.part);
  }
  // A part never uploaded is listed with the ETag of an empty part, as clients do by mistake.
  const listed = plan.listed.map((partNumber) => ({ partNumber, etag: parts.get(partNumber)?.etag ?? '"d41d8cd98f00b204e9800998ecf8427e"' }));
  const decision = decideCompleteMultipartUpload([upload], { bucket, key: KEY, uploadId, parts: listed, headers: {} }, UNTOUCHED_KEY);
  const what = `CompleteMultipartUpload of parts ${plan.uploaded.map((p) => `${p.partNumber}:${p.size}`).join(",")} listing ${plan.listed.join(",")}`;
  expectAnswer(await completeUpload(s3, bucket, KEY, uploadId, listed), decision.answer, what);
  if (decision.object) expectAnswer(await getObject(s3, bucket, KEY), decideReadOfCompleted(decision.object), "GET of the completed object");
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
    await checkProperty(context, [partPlan({ maxParts: 3 })], (plan) => completePlan(context, plan), { maxRuns: 6, examples: [[IN_ORDER], [SMALL_FIRST]] });
  },
);

/** Plans every run sends first: each outcome of Complete once, whatever the seed draws after. */
const FULL = (partNumber: number): PlannedPart => ({ partNumber, size: MIN_PART_SIZE, seed: partNumber });
const IN_ORDER: PartPlan = { uploaded: [FULL(1), { partNumber: 2, size: 1000, seed: 2 }], listed: [1, 2] };
const SMALL_FIRST: PartPlan = { uploaded: [{ partNumber: 1, size: MIN_PART_SIZE - 1, seed: 1 }, { partNumber: 2, size: 1000, seed: 2 }], listed: [1, 2] };
const OUT_OF_ORDER: PartPlan = { uploaded: [FULL(1), FULL(2)], listed: [2, 1] };
const NEVER_UPLOADED: PartPlan = { uploaded: [FULL(1), FULL(2)], listed: [1, 3] };
const ONE_LEFT_OUT: PartPlan = { uploaded: [FULL(1), FULL(2)], listed: [1] };

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
      uploaded: plan.uploaded.map((part) => ({ ...part, size: Math.max(part.size, MIN_PART_SIZE) })),
    }));
    const oneFault = fullParts.filter((plan) => new Set(plan.listed).size === plan.listed.length);
    await checkProperty(context, [oneFault], (plan) => completePlan(context, plan), { maxRuns: 6, examples: [[OUT_OF_ORDER], [NEVER_UPLOADED], [ONE_LEFT_OUT]] });
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

/** An upload of `key` holding one part of `body`, uploaded and checked. */
async function uploadOnePart(context: CaseContext, key: string, body: Buffer): Promise<MultipartUpload> {
  const { s3, bucket } = context;
  const uploadId = await createUpload(s3, bucket, key);
  const open: MultipartUpload = { uploadId, key, parts: new Map() };
  const decision = decideUploadPart([open], { key, uploadId, partNumber: "1", body });
  expectAnswer(await uploadPart(s3, bucket, key, uploadId, "1", body), asSetUpPart(decision.answer), "set-up UploadPart 1");
  return { ...open, parts: new Map(decision.stored ? [[decision.stored.partNumber, decision.stored.part]] : []) };
}

/** What the oracle says of a Complete of the one-part upload listing `parts` (undefined: no body). */
function completeOnePart({ bucket }: CaseContext, upload: MultipartUpload, parts: ListedPart[] | undefined) {
  return decideCompleteMultipartUpload([upload], { bucket, key: KEY, uploadId: upload.uploadId, parts, headers: {} }, UNTOUCHED_KEY);
}

/** The one-part upload, after refused Completes, completes listing its part. */
async function expectCompletesAfterRefusals(context: CaseContext, upload: MultipartUpload): Promise<void> {
  const listed = [...upload.parts].map(([partNumber, part]) => ({ partNumber, etag: part.etag }));
  const answer = await completeUpload(context.s3, context.bucket, KEY, upload.uploadId, listed);
  expectAnswer(answer, completeOnePart(context, upload, listed).answer, "CompleteMultipartUpload listing the part, after the refused ones");
}

conformance(
  {
    id: "s3.complete-multipart-upload.multipart.parts-list-required",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-observed:complete-no-body",
    title: "CompleteMultipartUpload without a body is 400 InvalidRequest; the upload stays open and completes after",
  },
  async (context) => {
    const { s3, bucket } = context;
    const upload = await uploadOnePart(context, KEY, Buffer.from("test"));
    expectAnswer(await completeUpload(s3, bucket, KEY, upload.uploadId, undefined), completeOnePart(context, upload, undefined).answer, "CompleteMultipartUpload without a body");
    await expectCompletesAfterRefusals(context, upload);
  },
);

/** Bodies that list no part: the empty element, as clients send it, with the namespace, and open and closed. */
const EMPTY_LISTS = [
  "<CompleteMultipartUpload/>",
  '<?xml version="1.0" encoding="UTF-8"?><CompleteMultipartUpload xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>',
  "<CompleteMultipartUpload></CompleteMultipartUpload>",
];

conformance(
  {
    id: "s3.complete-multipart-upload.multipart.empty-parts-list",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-docs:https://docs.aws.amazon.com/AmazonS3/latest/API/API_CompletedMultipartUpload.html",
    title: "A CompleteMultipartUpload body listing no part (<CompleteMultipartUpload/>) is 400, MalformedXML; the upload stays open and completes after",
  },
  async (context) => {
    const { s3, bucket } = context;
    const upload = await uploadOnePart(context, KEY, Buffer.from("test"));
    for (const body of EMPTY_LISTS) {
      const answer = await s3.send({ method: "POST", bucket, key: KEY, query: { uploadId: upload.uploadId }, body: Buffer.from(body) });
      expectAnswer(answer, completeOnePart(context, upload, []).answer, `CompleteMultipartUpload with the body ${body}`);
    }
    await expectCompletesAfterRefusals(context, upload);
  },
);

conformance(
  {
    id: "s3.complete-multipart-upload.multipart.declared-object-size",
    protocol: "s3",
    operation: "CompleteMultipartUpload",
    feature: "multipart",
    requirement: "MUST",
    source: "aws-observed:complete-mp-object-size-mismatch",
    title: "An x-amz-mp-object-size other than the listed parts' total is 400 InvalidRequest; the upload stays open and completes with the right size",
  },
  async (context) => {
    const { s3, bucket } = context;
    const upload = await uploadOnePart(context, KEY, Buffer.from("test"));
    const { uploadId } = upload;
    const listed = [...upload.parts].map(([partNumber, part]) => ({ partNumber, etag: part.etag }));
    for (const size of ["5", "4"]) {
      const headers = { "x-amz-mp-object-size": size };
      const decision = decideCompleteMultipartUpload([upload], { bucket, key: KEY, uploadId, parts: listed, headers }, UNTOUCHED_KEY);
      expectAnswer(await completeUpload(s3, bucket, KEY, uploadId, listed, headers), decision.answer, `CompleteMultipartUpload of 4 bytes with x-amz-mp-object-size ${size}`);
    }
  },
);

import { afterAll, beforeAll, expect, test } from "vitest";
import type { EmulatorFaults } from "../../targets/emulator/emulator.ts";
import { MIB } from "../../oracle/mediastore/limits.ts";
import { EmulatorRuns, MEDIASTORE_RUN } from "../support/mediastore-emulator-runs.ts";
import { statusById, verdictById } from "../support/run-cli.ts";

const PUT_ANSWER_CASES = [
  "mediastore-data.put-object.headers.round-trip",
  "mediastore-data.put-object.key.max-folder-depth",
  "mediastore-data.put-object.key.max-path-length",
  "mediastore-data.put-object.size-limits.standard-at-limit",
  "mediastore-data.put-object.size-limits.streaming-at-limit",
  "mediastore-data.put-object.storage-class.temporal",
  "mediastore-data.put-object.streaming.chunked-round-trip",
];
/** The cases that read a ListItems page as a JSON document. */
const LIST_PAGE_CASES = [
  "mediastore-data.delete-object.listing.empty-folders-removed",
  "mediastore-data.list-items.listing.folders-and-objects",
  "mediastore-data.list-items.listing.max-results-range",
  "mediastore-data.list-items.listing.pagination",
  "mediastore-data.list-items.listing.unknown-next-token",
];
/** The cases that expect an error answer with a body (its restJson1 type). */
const ERROR_BODY_CASES = [
  "mediastore-data.delete-object.not-found.gone-afterwards",
  "mediastore-data.describe-object.not-found.object-not-found",
  "mediastore-data.get-object.range.not-satisfiable",
];

/** The cases that ask DescribeObject (404 ObjectNotFoundException) after a refused upload. */
const OVER_LIMIT_CASES = ["mediastore-data.put-object.size-limits.standard-over-limit", "mediastore-data.put-object.size-limits.streaming-over-limit"];

/** Each fault, the cases it must change (and nothing else), and the outcome they get: failed unless a SHOULD rule alone catches it. */
const DEVIANTS: Record<string, { faults: EmulatorFaults; caught: string[]; outcome?: "non-strict" }> = {
  "a 26 MB standard upload accepted": { faults: { standardLimit: 26 * MIB }, caught: ["mediastore-data.put-object.size-limits.standard-over-limit"] },
  "an 11 MB streaming upload accepted": { faults: { streamingLimit: 11 * MIB }, caught: ["mediastore-data.put-object.size-limits.streaming-over-limit"] },
  "a wrong ContentSHA256": { faults: { wrongContentSha256: true }, caught: PUT_ANSWER_CASES },
  "StorageClass missing": { faults: { omitStorageClass: true }, caught: PUT_ANSWER_CASES },
  "folders not listed": { faults: { hideFolders: true }, caught: ["mediastore-data.delete-object.listing.empty-folders-removed", "mediastore-data.list-items.listing.folders-and-objects"] },
  "a streaming upload readable only once complete": { faults: { visibleOnlyWhenComplete: true }, caught: ["mediastore-data.put-object.streaming.readable-while-uploading"] },
  // DescribeObject's 404 has no body: its error type can only come from x-amzn-ErrorType, which the page lacks.
  "a streaming upload's reads held until it ends": { faults: { holdGrowingReads: true }, caught: ["mediastore-data.put-object.streaming.readable-while-uploading"] },
  "an emptied folder still listed": { faults: { keepEmptyFolders: true }, caught: ["mediastore-data.delete-object.listing.empty-folders-removed"] },
  "MaxResults outside 1 to 1000 taken": { faults: { clampMaxResults: true }, caught: ["mediastore-data.list-items.listing.max-results-range"] },
  "a NextToken never given taken as the start": { faults: { acceptUnknownTokens: true }, caught: ["mediastore-data.list-items.listing.unknown-next-token"], outcome: "non-strict" },
  "errors answered as text/html": { faults: { htmlAnswers: "errors" }, caught: [...ERROR_BODY_CASES, ...OVER_LIMIT_CASES] },
  "ListItems answered as text/html": { faults: { htmlAnswers: "list-items" }, caught: LIST_PAGE_CASES },
};

const emulatorRuns = new EmulatorRuns();
const { runs } = emulatorRuns;

beforeAll(async () => {
  const variants = { baseline: {}, ...Object.fromEntries(Object.entries(DEVIANTS).map(([name, deviant]) => [name, deviant.faults])) };
  await emulatorRuns.start(variants, MEDIASTORE_RUN, 1);
}, 600_000);

afterAll(() => emulatorRuns.stop());

test("the emulator without faults passes every MediaStore Data case", () => {
  const baseline = runs.get("baseline")?.report;
  // ContainerNotFound needs a missing-container endpoint, which a given endpoint does not declare.
  expect(baseline?.cases.filter((entry) => entry.status !== "passed").map((entry) => `${entry.id}: ${entry.status}`)).toEqual([
    "mediastore-data.list-items.not-found.container-not-found: skipped",
  ]);
  expect(baseline?.summary.total).toBeGreaterThan(20);
});

for (const [name, deviant] of Object.entries(DEVIANTS)) {
  test(`${name}: exactly the matching cases fail`, () => {
    const baseline = verdictById(runs.get("baseline")?.report);
    const observed = verdictById(runs.get(name)?.report);
    const changed = [...baseline.keys()].filter((id) => observed.get(id) !== baseline.get(id)).sort();
    expect(changed).toEqual([...deviant.caught].sort());
    for (const id of deviant.caught) expect(statusById(runs.get(name)?.report).get(id), id).toBe(deviant.outcome ?? "failed");
  });
}

test("an answer that is not JSON is a finding naming its content type, never an error of the run", () => {
  const notJson = { "errors answered as text/html": ERROR_BODY_CASES, "ListItems answered as text/html": LIST_PAGE_CASES };
  for (const [name, cases] of Object.entries(notJson)) {
    const report = runs.get(name)?.report;
    expect(report?.cases.filter((entry) => entry.status === "errored").map((entry) => entry.id), name).toEqual([]);
    for (const id of cases) {
      const signatures = report?.cases.find((entry) => entry.id === id)?.findings.map((finding) => finding.signature) ?? [];
      expect(signatures.some((signature) => signature.endsWith("body: a JSON document / text/html")), `${id}: ${signatures.join("; ")}`).toBe(true);
    }
  }
});

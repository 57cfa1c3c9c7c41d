import { afterAll, beforeAll, expect, test } from "vitest";
import { EmulatorRuns, MEDIASTORE_RUN } from "../support/mediastore-emulator-runs.ts";
import { verdictById, type CliRun } from "../support/run-cli.ts";

/** The cases about folders: the only ones a store without folders may fail. */
const FOLDER_CASES = [
  "mediastore-data.delete-object.listing.empty-folders-removed",
  "mediastore-data.list-items.listing.folders-and-objects",
  "mediastore-data.list-items.listing.pagination",
  "mediastore-data.put-object.key.max-folder-depth",
  "mediastore-data.put-object.key.max-path-length",
];

const emulatorRuns = new EmulatorRuns();
let baseline: CliRun;
let withoutFolders: CliRun;
let refusingEarly: CliRun;

beforeAll(async () => {
  await emulatorRuns.start({ baseline: {}, withoutFolders: { refuseFolders: true }, refusingEarly: { refuseOversizedBeforeBody: true } }, MEDIASTORE_RUN, 1);
  const runOf = (name: string): CliRun => emulatorRuns.runs.get(name) ?? expect.unreachable(`no run of ${name}`);
  [baseline, withoutFolders, refusingEarly] = [runOf("baseline"), runOf("withoutFolders"), runOf("refusingEarly")];
}, 300_000);

afterAll(() => emulatorRuns.stop());

function changedCases(run: CliRun): string[] {
  const before = verdictById(baseline.report);
  const after = verdictById(run.report);
  return [...before.keys()].filter((id) => after.get(id) !== before.get(id)).sort();
}

test("a store refusing every path with a folder fails the folder cases and only those", () => {
  expect(changedCases(withoutFolders)).toEqual(FOLDER_CASES);
  for (const id of FOLDER_CASES) expect(withoutFolders.report?.cases.find((entry) => entry.id === id)?.status, id).toBe("failed");
});

test("every case deletes what it wrote: the container's root is empty after a run", async () => {
  expect(baseline.report?.summary.total).toBeGreaterThan(20);
  expect(await emulatorRuns.leftAtRoot("baseline")).toEqual([]);
  expect(await emulatorRuns.leftAtRoot("withoutFolders")).toEqual([]);
});

test("a 413 answered on the headers of an oversized upload, the connection then closed, is taken as the answer", () => {
  expect(changedCases(refusingEarly)).toEqual([]);
  const overLimit = refusingEarly.report?.cases.find((entry) => entry.id === "mediastore-data.put-object.size-limits.standard-over-limit");
  expect(overLimit?.status).toBe("passed");
  expect(overLimit?.observations).toEqual([
    "standard upload of 26214401 bytes answered 413 RequestEntityTooLargeException",
    "standard upload of 27262976 bytes answered 413 RequestEntityTooLargeException",
  ]);
});

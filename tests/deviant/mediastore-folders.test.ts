import { beforeAll, expect, test } from "vitest";
import { runOnEmulator, type EmulatorRun } from "../support/mediastore-emulator-runs.ts";
import { verdictById } from "../support/run-cli.ts";

/** The cases about folders: the only ones a store without folders may fail. */
const FOLDER_CASES = [
  "mediastore-data.delete-object.listing.empty-folders-removed",
  "mediastore-data.list-items.listing.folders-and-objects",
  "mediastore-data.list-items.listing.pagination",
  "mediastore-data.put-object.key.max-folder-depth",
  "mediastore-data.put-object.key.max-path-length",
];

let baseline: EmulatorRun;
let withoutFolders: EmulatorRun;
let refusingEarly: EmulatorRun;

beforeAll(async () => {
  baseline = await runOnEmulator({});
  withoutFolders = await runOnEmulator({ refuseFolders: true });
  refusingEarly = await runOnEmulator({ refuseOversizedBeforeBody: true });
}, 300_000);

function changedCases(run: EmulatorRun): string[] {
  const before = verdictById(baseline.report);
  const after = verdictById(run.report);
  return [...before.keys()].filter((id) => after.get(id) !== before.get(id)).sort();
}

test("a store refusing every path with a folder fails the folder cases and only those", () => {
  expect(changedCases(withoutFolders)).toEqual(FOLDER_CASES);
  for (const id of FOLDER_CASES) expect(withoutFolders.report?.cases.find((entry) => entry.id === id)?.status, id).toBe("failed");
});

test("every case deletes what it wrote: the container's root is empty after a run", () => {
  expect(baseline.report?.summary.total).toBeGreaterThan(20);
  expect(baseline.leftAtRoot).toEqual([]);
  expect(withoutFolders.leftAtRoot).toEqual([]);
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
